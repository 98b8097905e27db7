import { before, it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { seedDemo } from "./demo";

// Every table's row count and a digest of its rows: equal snapshots mean nothing at all was written.
async function snapshot(db: Database): Promise<Record<string, string>> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.sql.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
    );
    result[name] = `${row?.n ?? 0} rows, ${row?.digest ?? "-"}`;
  }
  return result;
}

/** Every value of every text or text[] column, with where it came from. */
async function everyTextValue(db: Database): Promise<{ where: string; value: string }[]> {
  const columns = await db.sql.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        AND (data_type = 'text' OR (data_type = 'ARRAY' AND udt_name = '_text'))`,
  );
  const values: { where: string; value: string }[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = await db.sql.query<{ v: string | null }>(`SELECT "${column_name}"::text AS v FROM "${table_name}"`);
    for (const { v } of rows) if (v) values.push({ where: `${table_name}.${column_name}`, value: v });
  }
  return values;
}

const isDemoDomain = (host: string) => /(^|\.)example\.(org|com)$/i.test(host);

describeOnDatabases("loading the demo campaign into an empty database", (db) => {
  let first: { created: boolean };
  let afterFirst: Record<string, string>;
  before(async () => {
    first = await seedDemo(db(), { onlyIfEmpty: true });
    afterFirst = await snapshot(db());
  });

  it("creates the live Zhanaozen campaign with its appeal in English, Russian and German", async () => {
    assert.equal(first.created, true);
    const campaign = await db().prisma.campaign.findUniqueOrThrow({
      where: { slug: "zhanaozen" },
      include: { translations: true },
    });
    assert.equal(campaign.status, "LIVE");
    assert.deepEqual(campaign.locales, ["en", "ru", "de"]);
    assert.equal(campaign.appealDate?.toISOString(), "2011-12-20T00:00:00.000Z");
    assert.equal(campaign.country, "KZ", "the appeal concerns Kazakhstan");
    assert.deepEqual(campaign.copyToEmails, ["campaign@zhanaozen-solidarity.example.org"]);
    const byLocale = new Map(campaign.translations.map((t) => [t.locale, t]));
    assert.deepEqual([...byLocale.keys()].sort(), ["de", "en", "ru"]);
    assert.match(byLocale.get("en")?.appeal ?? "", /16 December 2011/);
    assert.match(byLocale.get("ru")?.appeal ?? "", /16 декабря 2011/);
    assert.match(byLocale.get("en")?.appeal ?? "", /January 2022/);
    assert.ok(byLocale.get("en")?.callScript && byLocale.get("ru")?.callScript, "a call script in English and Russian");
  });

  it("lists eight demands in order, each in English, Russian and German", async () => {
    const demands = await db().prisma.demand.findMany({
      where: { campaign: { slug: "zhanaozen" } },
      orderBy: { position: "asc" },
      select: { position: true, translations: { select: { locale: true, text: true } } },
    });
    assert.deepEqual(demands.map((d) => d.position), [1, 2, 3, 4, 5, 6, 7, 8]);
    for (const demand of demands) {
      assert.deepEqual(demand.translations.map((t) => t.locale).sort(), ["de", "en", "ru"]);
      for (const t of demand.translations) assert.ok(t.text.trim().length > 10, `demand ${demand.position} in ${t.locale} is written`);
    }
    const ru = demands.map((d) => d.translations.find((t) => t.locale === "ru")?.text ?? "");
    assert.match(ru[6] ?? "", /независимое международное расследование/);
  });

  it("opens the petition from four demands, addressed to the president's office and the foreign ministry", async () => {
    const petition = await db().prisma.petition.findFirstOrThrow({
      where: { slug: "justice-for-zhanaozen", campaign: { slug: "zhanaozen" } },
      include: {
        translations: true,
        demands: { orderBy: { position: "asc" }, select: { position: true, demand: { select: { position: true } } } },
        targets: { select: { target: { select: { slug: true } } } },
      },
    });
    assert.equal(petition.status, "OPEN");
    assert.equal(petition.goal, 10000);
    assert.ok(petition.openedAt && petition.openedAt < new Date(), "opened in the past");
    assert.ok(petition.deadline && petition.deadline > new Date(), "deadline still ahead");
    assert.deepEqual(petition.translations.map((t) => t.locale).sort(), ["de", "en", "ru"]);
    assert.deepEqual(petition.demands.map((d) => d.position), [1, 2, 3, 4]);
    assert.deepEqual(petition.demands.map((d) => d.demand.position), [7, 8, 4, 5]);
    assert.deepEqual(petition.targets.map((t) => t.target.slug).sort(), ["kz-foreign-ministry", "kz-presidential-office"]);
  });

  it("counts exactly the confirmed, unsuspected signatures, and records the consent wording each signer saw", async () => {
    const petition = await db().prisma.petition.findFirstOrThrow({ where: { slug: "justice-for-zhanaozen" } });
    const counted = await db().prisma.signature.count({ where: { petitionId: petition.id, status: "CONFIRMED", isSuspect: false } });
    assert.equal(counted, 5);
    assert.equal(petition.signatureCount, counted);
    const publicNames = await db().prisma.signature.count({ where: { petitionId: petition.id, isPublic: true } });
    assert.ok(publicNames > 0 && publicNames < counted, "some signers public, some not");
    const consents = await db().prisma.consentText.findMany({ select: { key: true, version: true, text: true } });
    assert.deepEqual([...new Set(consents.map((c) => c.key))].sort(), ["signature", "sponsor"]);
    for (const c of consents) assert.ok(c.text.length > 40 && !/^[a-z]+(\.[a-zA-Z0-9]+)+$/.test(c.text), `real wording, not a key: ${c.text}`);
  });

  it("has approved sponsors: a union branch with its email at its website's domain, and an individual", async () => {
    const sponsors = await db().prisma.sponsor.findMany({ where: { campaign: { slug: "zhanaozen" } }, orderBy: { kind: "asc" } });
    assert.deepEqual(sponsors.map((s) => [s.kind, s.status]), [["INDIVIDUAL", "APPROVED"], ["ORGANISATION", "APPROVED"]]);
    const branch = sponsors.find((s) => s.kind === "ORGANISATION");
    assert.equal(branch?.organisationKind, "UNION_BRANCH");
    assert.equal(branch?.isDomainVerified, true);
    assert.equal(branch?.email.split("@")[1], new URL(branch?.website ?? "").hostname);
  });

  it("has at least eight targets; every embassy and consulate represents Kazakhstan and sits on the map", async () => {
    const targets = await db().prisma.target.findMany({ include: { campaign: { select: { slug: true } } } });
    assert.ok(targets.length >= 8, `${targets.length} targets`);
    const missions = targets.filter((t) => t.kind === "EMBASSY" || t.kind === "CONSULATE");
    assert.ok(missions.filter((t) => t.kind === "EMBASSY").length >= 8);
    assert.ok(missions.some((t) => t.kind === "CONSULATE"));
    for (const t of missions) {
      assert.equal(t.represents, "KZ", t.slug);
      assert.ok(t.latitude !== null && Math.abs(t.latitude) <= 90, `${t.slug} has a latitude`);
      assert.ok(t.longitude !== null && Math.abs(t.longitude) <= 180, `${t.slug} has a longitude`);
      assert.ok(t.emails.length > 0 && t.phones.length > 0, `${t.slug} can be written to and phoned`);
    }
    for (const kind of ["GOVERNMENT_OFFICE", "COMPANY", "MEDIA"] as const) assert.ok(targets.some((t) => t.kind === kind), kind);
    const kmg = targets.find((t) => t.slug === "kazmunaygaz");
    assert.match(kmg?.postalAddress ?? "", /19 Kabanbay Batyr avenue, Astana 010000/);
    assert.ok(kmg?.fax, "the oil company has a fax line");
    assert.ok(targets.every((t) => t.campaign.slug === "zhanaozen"), "every target is in the campaign's directory");
  });

  it("publishes three letter templates in English and Russian, addressed to their targets, with the shared placeholders", async () => {
    const templates = await db().prisma.letterTemplate.findMany({
      orderBy: { createdAt: "asc" },
      include: { translations: true, targets: { select: { target: { select: { kind: true, slug: true } } } } },
    });
    assert.deepEqual(templates.map((t) => [t.slug, t.kind, t.status]), [
      ["protest-embassy", "PROTEST", "PUBLISHED"],
      ["protest-company", "PROTEST", "PUBLISHED"],
      ["solidarity-strikers", "SOLIDARITY", "PUBLISHED"],
    ]);
    const known = new Set(["target_name", "sender_name", "sender_organisation", "sender_country", "date"]);
    for (const template of templates) {
      assert.deepEqual(template.translations.map((t) => t.locale).sort(), ["en", "ru"], template.slug);
      assert.ok(template.targets.length > 0, `${template.slug} has targets`);
      for (const t of template.translations) {
        const used = [...`${t.subject}\n${t.body}`.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((m) => m[1] ?? "");
        assert.ok(used.includes("sender_name") && used.includes("date"), `${template.slug}/${t.locale} is signed and dated`);
        for (const name of used) assert.ok(known.has(name), `${template.slug}/${t.locale} uses an unknown placeholder ${name}`);
      }
    }
    // The protest to "your nearest embassy" goes to every mission (the composer proposes one) and to the oil company.
    const embassyTargets = templates[0]?.targets.map((t) => t.target) ?? [];
    assert.ok(embassyTargets.filter((t) => t.kind === "EMBASSY" || t.kind === "CONSULATE").length >= 9);
    assert.deepEqual(embassyTargets.filter((t) => t.kind !== "EMBASSY" && t.kind !== "CONSULATE").map((t) => t.slug), ["kazmunaygaz"]);
    assert.deepEqual(templates[1]?.targets.map((t) => t.target.slug).sort(), ["citic", "kazmunaygaz"]);
  });

  it("shows two past events with approved reports and one published picket still to come", async () => {
    const events = await db().prisma.event.findMany({ orderBy: { startsAt: "asc" }, include: { reports: true } });
    const now = new Date();
    const past = events.filter((e) => e.startsAt < now);
    const upcoming = events.filter((e) => e.startsAt > now);
    assert.equal(past.length, 2);
    assert.equal(upcoming.length, 1);
    assert.ok(events.every((e) => e.status === "PUBLISHED" && e.latitude !== null && e.longitude !== null));
    assert.equal(past[0]?.startsAt.toISOString().slice(0, 10), "2011-12-20");
    assert.equal(past[0]?.city, "Berlin");
    assert.equal(past[0]?.reports[0]?.attendance, 50);
    assert.equal(past[1]?.city, "London");
    for (const e of past) assert.ok(e.reports.length === 1 && e.reports[0]?.status === "APPROVED", `${e.title} has its report`);
    assert.equal(upcoming[0]?.kind, "PICKET");
    assert.equal(upcoming[0]?.reports.length, 0);
  });

  it("publishes news of four kinds, each post in English and Russian under one slug", async () => {
    const posts = await db().prisma.newsPost.findMany({ where: { campaign: { slug: "zhanaozen" } } });
    assert.ok(posts.every((p) => p.status === "PUBLISHED" && p.publishedAt && p.publishedAt < new Date()));
    const slugs = [...new Set(posts.map((p) => p.slug))];
    assert.ok(slugs.length >= 4);
    for (const slug of slugs) assert.deepEqual(posts.filter((p) => p.slug === slug).map((p) => p.locale).sort(), ["en", "ru"], slug);
    assert.deepEqual([...new Set(posts.map((p) => p.kind))].sort(), ["APPEAL", "ARTICLE", "INTERVIEW", "REPORT"]);
  });

  it("holds no email address outside example.org / example.com, and links only to example domains", async () => {
    let emails = 0;
    for (const { where, value } of await everyTextValue(db())) {
      for (const [, domain] of value.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) {
        emails += 1;
        assert.ok(isDemoDomain(domain ?? ""), `${where} holds an address at ${domain}`);
      }
      for (const [url] of value.matchAll(/https?:\/\/[^\s)"'\]]+/g)) {
        assert.ok(isDemoDomain(new URL(url).hostname), `${where} links to ${url}`);
      }
    }
    assert.ok(emails >= 20, `found ${emails} addresses: the scan reads the seeded tables`);
  });

  it("changes nothing when run again", async () => {
    const again = await seedDemo(db(), { onlyIfEmpty: false });
    assert.equal(again.created, false);
    assert.deepEqual(await snapshot(db()), afterFirst);
  });
});

describeOnDatabases("the demo campaign on a database already in use", (db) => {
  it("is skipped at start when any campaign exists, and still loads on request", async () => {
    await db().prisma.campaign.create({ data: { slug: "own-campaign", locales: ["en"] } });
    const before = await snapshot(db());
    assert.deepEqual(await seedDemo(db(), { onlyIfEmpty: true }), { created: false });
    assert.deepEqual(await snapshot(db()), before);

    assert.deepEqual(await seedDemo(db(), { onlyIfEmpty: false }), { created: true });
    assert.equal(await db().prisma.campaign.count(), 2);
    assert.ok(await db().prisma.campaign.findUnique({ where: { slug: "zhanaozen" } }));
  });
});

describeOnDatabases("the demo campaign when something goes wrong", (db) => {
  it("leaves nothing half-written when a write fails near the end", async () => {
    // The news posts are written last: make the database refuse them.
    await db().sql.exec(`
      CREATE FUNCTION refuse_news() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'news refused'; END $$;
      CREATE TRIGGER refuse_news BEFORE INSERT ON "NewsPost" FOR EACH ROW EXECUTE FUNCTION refuse_news();`);
    const before = await snapshot(db());
    // The error names the database's code (P0001, raised by the trigger), never the driver's words (lib/db/database-error.ts).
    await assert.rejects(seedDemo(db(), { onlyIfEmpty: true }), /database error P2039 \(P0001\) in NewsPost\.create/);
    assert.deepEqual(await snapshot(db()), before);
    await db().sql.exec(`DROP TRIGGER refuse_news ON "NewsPost"; DROP FUNCTION refuse_news();`);
  });

  it("loads once when two seeders start at the same time", async () => {
    const results = await Promise.all([seedDemo(db(), { onlyIfEmpty: false }), seedDemo(db(), { onlyIfEmpty: false })]);
    assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
    assert.equal(await db().prisma.campaign.count({ where: { slug: "zhanaozen" } }), 1);
    assert.equal(await db().prisma.signature.count(), 5);
  });
});
