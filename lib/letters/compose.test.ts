import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { composeLetter, letterFormFields, letterFormSchema, LetterComposeError } from "./compose";
import { workingAddress } from "./delivery-address";

describeOnDatabases("composing a letter: targets from the template's list only, text filled per target", (db) => {
  let tag = "";
  before(async () => {
    tag = Math.random().toString(36).slice(2, 8);
    const p = db().prisma;
    const campaign = await p.campaign.create({
      data: {
        slug: `compose-${tag}`, status: "LIVE", locales: ["en"], copyToEmails: ["copies@example.org"],
        translations: { create: [{ locale: "en", title: "Justice for the oil workers", summary: "x", appeal: "x" }] },
        demands: { create: [{ position: 1, translations: { create: [{ locale: "en", text: "Release the workers" }] } }, { position: 2, translations: { create: [{ locale: "en", text: "Investigate the shootings" }] } }] },
      },
    });
    const target = (slug: string, name: string, kind: "EMBASSY" | "COMPANY", country: string, campaignId = campaign.id) =>
      p.target.create({ data: { campaignId, slug, kind, name, country, city: kind === "EMBASSY" ? "Berlin" : null, emails: [`${slug}@example.org`], phones: [] } });
    const embassy = await target("embassy-berlin", "Embassy in Berlin", "EMBASSY", "DE");
    const company = await target("oil-company", "Oil Company", "COMPANY", "KZ");
    await target("not-addressed", "Embassy in Paris", "EMBASSY", "FR");
    const other = await p.campaign.create({ data: { slug: `other-${tag}`, status: "LIVE", locales: ["en"], translations: { create: [{ locale: "en", title: "Other", summary: "x", appeal: "x" }] } } });
    await target("elsewhere", "Another campaign's target", "EMBASSY", "DE", other.id);
    const template = (slug: string, editable: boolean, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
      p.letterTemplate.create({
        data: {
          campaignId: campaign.id, slug, kind: "PROTEST", status, editable, maxLength: 300,
          translations: { create: [{ locale: "en", title: "Protest", subject: "Protest to {{target_name}}", body: "Dear {{target_name}},\n\n{{demands}}\n\n{{sender_name}}, {{sender_city}}, {{sender_country}}", subjectVariants: ["Stop the repression"] }] },
          targets: { create: [{ targetId: embassy.id }, { targetId: company.id }] },
        },
      });
    await template("locked", false);
    await template("editable", true);
    await template("draft", false, "DRAFT");
  });

  const input = (fields: Record<string, unknown>) => {
    const parsed = letterFormSchema.safeParse({ locale: "en", campaign: `compose-${tag}`, template: "locked", name: "Anna Example", email: "anna@example.org", city: "Cologne", country: "DE", targets: ["embassy-berlin", "oil-company"], ...fields });
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    return parsed.data;
  };

  it("writes each target its own message, filled as plain text", async () => {
    const letter = await composeLetter(db(), input({}), { seed: "letter-a", now: new Date("2026-12-03T10:00:00Z") });
    assert.deepEqual(letter.messages.map((m) => m.target.slug), ["embassy-berlin", "oil-company"]);
    assert.equal(letter.messages[0]!.body, "Dear Embassy in Berlin,\n\n1. Release the workers\n2. Investigate the shootings\n\nAnna Example, Cologne, Germany");
    assert.ok(letter.messages[1]!.body.startsWith("Dear Oil Company,"));
    assert.ok(["Protest to Embassy in Berlin", "Stop the repression"].includes(letter.messages[0]!.subject));
    assert.deepEqual(letter.campaign.copyToEmails, ["copies@example.org"]);
  });

  it("refuses a target not on the template's list, of another campaign, or unknown", async () => {
    for (const slug of ["not-addressed", "elsewhere", "someone@example.com"]) {
      await assert.rejects(composeLetter(db(), input({ targets: ["embassy-berlin", slug] }), { seed: "x" }), (e: unknown) => e instanceof LetterComposeError && e.field === "targets");
    }
  });

  it("refuses a draft template, and ignores the sender's wording where the template is locked", async () => {
    await assert.rejects(composeLetter(db(), input({ template: "draft" }), { seed: "x" }), (e: unknown) => e instanceof LetterComposeError && e.field === "template");
    const locked = await composeLetter(db(), input({ body: "My own words" }), { seed: "x" });
    assert.ok(locked.messages[0]!.body.startsWith("Dear Embassy in Berlin"));
  });

  it("takes the sender's wording where the template is editable, within its length limit", async () => {
    const own = await composeLetter(db(), input({ template: "editable", body: "Dear {{target_name}}, my own words. {{ 7*7 }}" }), { seed: "x" });
    assert.equal(own.messages[0]!.body, "Dear Embassy in Berlin, my own words. {{ 7*7 }}");
    await assert.rejects(composeLetter(db(), input({ template: "editable", body: "x".repeat(301) }), { seed: "x" }), (e: unknown) => e instanceof LetterComposeError && e.field === "body");
  });
});

describe("the letter form's fields", () => {
  it("collects repeated targets and refuses a newline in the name or an extra field", () => {
    const form = new FormData();
    for (const [k, v] of [["targets", "a"], ["targets", "b"], ["name", "Anna"]]) form.append(k!, v!);
    assert.deepEqual(letterFormFields(form), { targets: ["a", "b"], name: "Anna" });
    const base = { locale: "en", campaign: "c", template: "t", name: "Anna", email: "anna@example.org", country: "DE", targets: ["a"] };
    assert.equal(letterFormSchema.safeParse(base).success, true);
    assert.equal(letterFormSchema.safeParse({ ...base, name: "Anna\r\nBcc: victim@example.com" }).success, false);
    assert.equal(letterFormSchema.safeParse({ ...base, to: "victim@example.com" }).success, false);
    assert.equal(letterFormSchema.safeParse({ ...base, email: "anna@example.org\nbcc:x@example.com" }).success, false);
  });

  it("takes the country as the supporter types it, and says which country it does not know", () => {
    const base = { locale: "en", campaign: "c", template: "t", name: "Anna", email: "anna@example.org", targets: ["a"] };
    const country = (typed: string) => {
      const parsed = letterFormSchema.safeParse({ ...base, country: typed });
      return parsed.success ? parsed.data.country : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    };
    assert.equal(country("Deutschland"), "DE");
    assert.equal(country("germany "), "DE");
    assert.equal(country("Германия"), "DE");
    assert.equal(country(""), "country: letterComposer.errors.countryRequired");
    assert.equal(country("Germny"), "country: letterComposer.errors.countryUnknown");
  });

  it("writes to the first address not marked failing", () => {
    assert.equal(workingAddress({ emails: ["a@example.org", "b@example.org"], failingEmails: ["a@example.org"] }), "b@example.org");
    assert.equal(workingAddress({ emails: ["a@example.org"], failingEmails: ["a@example.org"] }), null);
  });
});
