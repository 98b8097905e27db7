import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { getTranslator } from "../i18n/translate";
import { ActionRefusal } from "../organise/action-refusal";
import { describeOnDatabases } from "../testing/db";
import { exportDirectoryCsv, importTargets } from "./directory";
import { readTargetsCsv } from "./directory-csv";

const HEADER = "slug,kind,name,represents,country,city,emails,phones,timeZone,officeHours,accreditedTo";
const GOOD = `${HEADER}
kz-embassy-vienna,EMBASSY,Embassy in Vienna,KZ,AT,Vienna,vienna@kz-embassy.example.org,+43 1 000 0000,Europe/Vienna,"Mo-Fr 09:00-13:00, 14:00-17:00",SI; SK
oil-company,COMPANY,Oil Company,,KZ,Astana,press@oil.example.org; ceo@oil.example.org,,Asia/Almaty,Mo-Fr 09:00-18:00,
`;

describe("reading a directory CSV", () => {
  it("reports every bad row by its line and field, and reads nothing from the file", () => {
    const bad = `${HEADER}
ok-row,EMBASSY,Fine,KZ,DE,Berlin,berlin@example.org,,,,
bad-email,EMBASSY,Bad,KZ,DE,Berlin,not an address,,,,
bad-hours,CONSULATE,Hours,KZ,XX,Bonn,bonn@example.org,,Europe/Berlin,whenever,
ok-row,COMPANY,Again,,KZ,,x@example.org,,,,
`;
    const read = readTargetsCsv(bad);
    assert.equal(read.ok, false);
    assert.deepEqual(!read.ok && read.problems, [
      { line: 3, field: "emails", message: "targetDirectory.errors.email" },
      { line: 4, field: "country", message: "targetDirectory.errors.country" },
      { line: 4, field: "officeHours", message: "targetDirectory.errors.officeHours" },
      { line: 5, field: "slug", message: "targetDirectory.errors.duplicateSlug" },
    ]);
  });

  it("refuses an unknown column (a recipient smuggled in) before any row", () => {
    const read = readTargetsCsv(`slug,kind,name,country,bcc\na,EMBASSY,A,DE,victim@example.com\n`);
    assert.deepEqual(!read.ok && read.problems, [{ line: 1, field: "bcc", message: "targetDirectory.errors.unknownColumn" }]);
  });
});

describeOnDatabases("importing and exporting a campaign's directory", (db) => {
  let campaignId = "";
  let slug = "";
  const admin = { id: "nobody", role: "ADMIN" as const };
  const t = getTranslator("en");
  before(async () => {
    slug = `csv-${Math.random().toString(36).slice(2, 8)}`;
    campaignId = (await db().prisma.campaign.create({ data: { slug, status: "LIVE", locales: ["en"] }, select: { id: true } })).id;
  });
  const count = () => db().prisma.target.count({ where: { campaignId } });

  it("imports nothing from a file with one bad row, and says which line", async () => {
    const before = await count();
    const file = GOOD + "third,MEDIA,Paper,,GB,London,letters@paper.example.org,,Mars/Olympus,,\n";
    await assert.rejects(
      db().prisma.$transaction((tx) => importTargets(tx, campaignId, file, t)),
      (e: unknown) => e instanceof ActionRefusal && e.field === "csv" && String(e.values?.problems).includes("line 4, timeZone: must be a time zone such as Europe/Berlin"),
    );
    assert.equal(await count(), before);
  });

  it("imports a good file, updates by slug on the next import, and exports what re-imports unchanged", async () => {
    const before = await count();
    assert.deepEqual(await db().prisma.$transaction((tx) => importTargets(tx, campaignId, GOOD, t)), { created: 2, updated: 0 });
    assert.equal(await count(), before + 2);
    const vienna = await db().prisma.target.findFirstOrThrow({ where: { campaignId, slug: "kz-embassy-vienna" } });
    assert.deepEqual([vienna.accreditedTo, vienna.officeHours, vienna.timeZone, vienna.phones], [["SI", "SK"], "Mo-Fr 09:00-13:00, 14:00-17:00", "Europe/Vienna", ["+43 1 000 0000"]]);

    const exported = await exportDirectoryCsv(db(), admin, slug);
    assert.ok(exported?.includes("press@oil.example.org; ceo@oil.example.org"));
    assert.deepEqual(await db().prisma.$transaction((tx) => importTargets(tx, campaignId, exported!, t)), { created: 0, updated: 2 });
    assert.equal(await exportDirectoryCsv(db(), admin, slug), exported);
    assert.equal(await count(), before + 2);
  });

  it("exports nothing to an organiser of another campaign", async () => {
    const user = await db().prisma.user.create({ data: { email: `other-${slug}@example.org` }, select: { id: true, role: true } });
    assert.equal(await exportDirectoryCsv(db(), user, slug), null);
  });
});
