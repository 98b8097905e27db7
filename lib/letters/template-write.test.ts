import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { ActionRefusal } from "../organise/action-refusal";
import { saveTemplateSchema, splitOpeningVariants, type SaveTemplateInput } from "./template-schema";
import { createLetterTemplate, saveLetterTemplate, setLetterTemplateStatus } from "./template-write";

// Writing letter templates: drafted from the demands in the template's language, refused with the
// problem named at its field (and nothing written), moved between draft, published and archived.

describeOnDatabases("letter templates in the console", (db) => {
  let campaignId = "";
  let ownTargetId = "";
  let otherTargetId = "";

  before(async () => {
    const { prisma } = db();
    const campaign = await prisma.campaign.create({
      data: {
        slug: "templates-test",
        locales: ["en", "ru"],
        translations: { create: [{ locale: "en", title: "Free the strikers", summary: "s", appeal: "a" }, { locale: "ru", title: "Свободу бастующим", summary: "s", appeal: "a" }] },
        demands: {
          create: [
            { position: 1, translations: { create: [{ locale: "en", text: "Release the jailed strikers" }, { locale: "ru", text: "Освободить бастующих" }] } },
            { position: 2, translations: { create: [{ locale: "en", text: "Reinstate the dismissed workers" }, { locale: "ru", text: "Восстановить уволенных" }] } },
            { position: 3, retiredAt: new Date(), translations: { create: [{ locale: "en", text: "A retired demand" }] } },
          ],
        },
        targets: { create: { slug: "embassy", kind: "EMBASSY", name: "Embassy in Berlin", country: "DE" } },
      },
      select: { id: true, targets: { select: { id: true } } },
    });
    campaignId = campaign.id;
    ownTargetId = campaign.targets[0]!.id;
    const other = await prisma.campaign.create({
      data: { slug: "templates-other", locales: ["en"], targets: { create: { slug: "ministry", kind: "EMBASSY", name: "Another campaign's ministry", country: "KZ" } } },
      select: { targets: { select: { id: true } } },
    });
    otherTargetId = other.targets[0]!.id;
  });

  const create = (slug: string, locale: "en" | "ru" = "en") => db().prisma.$transaction((tx) => createLetterTemplate(tx, campaignId, { kind: "PROTEST", slug, templateLocale: locale, title: `Protest ${slug}` }));
  const text = (slug: string, locale = "en") => db().prisma.letterTemplateTranslation.findFirstOrThrow({ where: { locale, template: { campaignId, slug } } });
  const save = (fields: Partial<Record<keyof SaveTemplateInput, unknown>>) => {
    const input = saveTemplateSchema.parse({ slug: "protest", templateLocale: "en", title: "Protest", subject: "Free them", body: "Dear {{target_name}},\n\nRelease them.", maxLength: "5000", ...fields });
    return db().prisma.$transaction((tx) => saveLetterTemplate(tx, campaignId, input));
  };
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ActionRefusal, `expected a refusal, got ${String(error)}`);
    return error;
  };

  it("drafts a new template from the campaign's current demands, in the template's language, as a draft", async () => {
    await create("protest");
    const en = await text("protest");
    assert.match(en.body, /^Dear \{\{target_name\}\},/);
    assert.match(en.body, /- Release the jailed strikers\n- Reinstate the dismissed workers/);
    assert.doesNotMatch(en.body, /retired/);
    for (const p of ["sender_name", "sender_organisation", "sender_city", "sender_country", "date"]) assert.ok(en.body.includes(`{{${p}}}`), p);
    assert.match(en.subject, /Free the strikers/);
    await create("protest-ru", "ru");
    const ru = await text("protest-ru", "ru");
    assert.match(ru.body, /Освободить бастующих/);
    assert.match(ru.body, /С уважением/);
    const template = await db().prisma.letterTemplate.findFirstOrThrow({ where: { campaignId, slug: "protest" } });
    assert.equal(template.status, "DRAFT");
  });

  it("refuses a slug the campaign already uses", async () => {
    const error = await refusal(create("protest"));
    assert.equal(error.field, "slug");
  });

  it("saves the text, the variants (openings split at a line of ---), the sender's limit and the default targets", async () => {
    await save({ subjectVariants: "Release them now\n\nJustice for {{campaign_title}}\n", openingVariants: "Dear {{target_name}}, I write from {{sender_city}}.\n---\nTo {{target_name}}:\nplease read this.", editable: "on", maxLength: "800", targetIds: [ownTargetId] });
    const saved = await text("protest");
    assert.deepEqual(saved.subjectVariants, ["Release them now", "Justice for {{campaign_title}}"]);
    assert.deepEqual(saved.openingVariants, ["Dear {{target_name}}, I write from {{sender_city}}.", "To {{target_name}}:\nplease read this."]);
    const template = await db().prisma.letterTemplate.findFirstOrThrow({ where: { campaignId, slug: "protest" }, select: { editable: true, maxLength: true, targets: { select: { targetId: true } } } });
    assert.deepEqual(template, { editable: true, maxLength: 800, targets: [{ targetId: ownTargetId }] });
    assert.deepEqual(splitOpeningVariants("a\r\n---\r\nb"), ["a", "b"]);
  });

  it("refuses an unknown placeholder at its field, naming it and the known ones, and writes nothing", async () => {
    const before = await text("protest");
    const error = await refusal(save({ body: "Dear {{target_name}},\n\nFrom {{sender_nmae}}." }));
    assert.equal(error.field, "body");
    assert.equal(error.messageKey, "letterTemplates.errors.unknownPlaceholder");
    assert.equal(error.values?.name, "sender_nmae");
    assert.match(String(error.values?.known), /sender_name/);
    assert.deepEqual(await text("protest"), before);
  });

  it("refuses expressions and unbalanced braces in the subject, the body and each variant", async () => {
    for (const [fields, field, key] of [
      [{ subject: "Hello {{ 7*7 }}" }, "subject", "expression"],
      [{ body: "Dear {{a.b}}" }, "body", "expression"],
      [{ subjectVariants: "ok\nShout {{x|upper}}" }, "subjectVariants", "expression"],
      [{ openingVariants: "Dear {{target_name}\n---\nok" }, "openingVariants", "unbalanced"],
      [{ subjectVariants: "Hi {{sender_nmae}}" }, "subjectVariants", "unknownPlaceholder"],
    ] as const) {
      const error = await refusal(save(fields));
      assert.equal(error.field, field, JSON.stringify(fields));
      assert.equal(error.messageKey, `letterTemplates.errors.${key}`);
    }
    assert.deepEqual((await text("protest")).subjectVariants, ["Release them now", "Justice for {{campaign_title}}"]);
  });

  it("refuses a line break in the subject, and a sender's limit out of 200..20000", () => {
    const subject = saveTemplateSchema.safeParse({ slug: "protest", templateLocale: "en", title: "T", subject: "One\nTwo", body: "b", maxLength: "5000" });
    assert.equal(subject.success, false);
    assert.equal(subject.error?.issues[0]?.path[0], "subject");
    assert.equal(subject.error?.issues[0]?.message, "letterTemplates.errors.lineBreak");
    for (const maxLength of ["199", "20001", "abc"]) assert.equal(saveTemplateSchema.safeParse({ slug: "p", templateLocale: "en", title: "T", subject: "S", body: "b", maxLength }).success, false, maxLength);
  });

  it("refuses another campaign's target as a default target, and writes nothing", async () => {
    const error = await refusal(save({ title: "Changed", targetIds: [ownTargetId, otherTargetId] }));
    assert.equal(error.field, "targetIds");
    assert.equal((await text("protest")).title, "Protest");
    const targets = await db().prisma.letterTemplateTarget.findMany({ where: { template: { campaignId, slug: "protest" } }, select: { targetId: true } });
    assert.deepEqual(targets, [{ targetId: ownTargetId }]);
  });

  it("refuses a template of another campaign as not found", async () => {
    const input = saveTemplateSchema.parse({ slug: "protest", templateLocale: "en", title: "T", subject: "S", body: "b", maxLength: "5000" });
    const other = await db().prisma.campaign.findUniqueOrThrow({ where: { slug: "templates-other" }, select: { id: true } });
    const error = await refusal(db().prisma.$transaction((tx) => saveLetterTemplate(tx, other.id, input)));
    assert.equal(error.notFound, true);
  });

  it("publishes, archives and returns a template to draft, refusing a move to the state it is in", async () => {
    const status = async () => (await db().prisma.letterTemplate.findFirstOrThrow({ where: { campaignId, slug: "protest" } })).status;
    const move = (to: "DRAFT" | "PUBLISHED" | "ARCHIVED") => db().prisma.$transaction((tx) => setLetterTemplateStatus(tx, campaignId, "protest", to));
    await move("PUBLISHED");
    assert.equal(await status(), "PUBLISHED");
    assert.equal((await refusal(move("PUBLISHED"))).messageKey, "letterTemplates.errors.alreadyThere");
    await move("ARCHIVED");
    assert.equal(await status(), "ARCHIVED");
    await move("DRAFT");
    assert.equal(await status(), "DRAFT");
  });
});
