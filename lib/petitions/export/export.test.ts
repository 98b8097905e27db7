import { it } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { PDFParse } from "pdf-parse";
import { describeOnDatabases } from "../../testing/db";
import type { Database } from "../../db/client";
import { createPetitionFromDemands } from "../create-petition-from-demands";
import { openPetition } from "../change-petition-status";
import { createPetitionSchema } from "../organiser-schemas";
import { addSignatures, seedOrganiserWorld, type OrganiserWorld } from "../organiser-fixtures";
import { countDeliverableSignatures, findPetitionForExport, type ExportOptions } from "./export-data";
import { signaturesCsv, sponsorsCsv } from "./csv";
import { petitionPdf } from "./pdf";
import { neutraliseFormula } from "./spreadsheet-safe";
import { countryName } from "../../i18n/countries";

const DELIVERY: ExportOptions = { lang: "en", targetId: null, includeEmails: false, includeHiddenNames: false };

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let all = "";
  for await (const chunk of chunks) all += chunk;
  return all;
}

async function bytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Buffer));
  return Buffer.concat(parts);
}

function table(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true });
}

async function petitionWithSignatures(db: Database, w: OrganiserWorld) {
  const input = createPetitionSchema.parse({ demandIds: [w.demands[2]!.id], targetIds: [w.targets.akorda.id, w.targets.kmg.id], locales: ["en", "ru"] });
  const { id, slug } = await createPetitionFromDemands(db, w.organiser, { campaignId: w.campaign.id, ...input });
  await openPetition(db, w.organiser, id);
  const t0 = Date.now() - 60 * 60_000;
  const at = (minutes: number) => new Date(t0 + minutes * 60_000);
  await addSignatures(db, id, w.consent.id, [
    { name: "Жанар Қасымова", email: "zhanar@example.org", country: "KZ", city: "Жаңаөзен", organisation: "Профсоюз нефтяников", createdAt: at(1) },
    { name: "Tom O'Neill", email: "tom@example.org", country: "GB", city: "=HYPERLINK(\"http://evil.example\")", role: "-branch secretary", comment: "+solidarity", organisation: "@unite", createdAt: at(2) },
    { name: "Hidden Worker", email: "hidden@example.org", country: "KZ", city: "Aktau", comment: "I work at the field", isPublic: false, createdAt: at(3) },
    { name: "Pending Person", email: "pending@example.org", status: "PENDING", createdAt: at(4) },
    { name: "Invalid Person", email: "invalid@example.org", status: "INVALIDATED", createdAt: at(5) },
    { name: "Suspect Person", email: "suspect@example.org", isSuspect: true, createdAt: at(6) },
    { name: "Unlisted Signer", email: "unlisted@example.org", country: "KZ", city: "Aktau", deliveryConsent: false, createdAt: at(7) },
    { name: "Unlisted Private", email: "unlisted2@example.org", country: "KZ", isPublic: false, deliveryConsent: false, createdAt: at(8) },
  ]);
  const sponsor = (name: string, status: "APPROVED" | "AWAITING_MODERATION", extra: Record<string, unknown> = {}) =>
    db.prisma.sponsor.create({
      data: {
        campaignId: w.campaign.id, kind: "ORGANISATION", organisationKind: "UNION_BRANCH", name, country: "GB",
        email: `${name.replace(/\W/g, "").toLowerCase()}@example.org`, emailNormalised: `${name.replace(/\W/g, "").toLowerCase()}@example.org`,
        consentTextId: w.consent.id, locale: "en", status, ...extra,
      },
    });
  await sponsor("Unite Bristol Branch", "APPROVED", { website: "https://unite.example.org", isDomainVerified: true });
  await sponsor("=cmd|' /C calc'!A0", "APPROVED");
  await sponsor("Not Yet Approved Branch", "AWAITING_MODERATION");
  return { id, slug };
}

describeOnDatabases("delivery exports", (db) => {
  it("writes a CSV of the signatures that count, neutralised against formulas, Cyrillic intact, private names withheld", async () => {
    const w = await seedOrganiserWorld(db());
    const { id, slug } = await petitionWithSignatures(db(), w);
    assert.deepEqual(await countDeliverableSignatures(db(), id), { listed: 3, leftOut: 2 }, "what the organiser's page says");
    const petition = (await findPetitionForExport(db(), w.organiser, w.campaign.id, slug, DELIVERY))!;
    const csv = await text(signaturesCsv(db(), petition, "en", DELIVERY, new Date("2026-01-20T10:00:00Z")));
    assert.ok(csv.startsWith("\uFEFF"), "a byte-order mark for Excel");
    assert.ok(csv.includes("\r\n"), "CRLF line ends");
    const rows = table(csv);
    assert.deepEqual(rows.slice(0, 5), [
      ["Petition", "Free the strikers' lawyer"],
      ["To", "Presidential Office (Akorda) and KazMunayGaz"],
      ["Confirmed signatures", "3"],
      ["Further confirmed signatures, not listed at their signers’ wish", "2"],
      ["Exported at", "2026-01-20 10:00:00 UTC"],
    ]);
    rows.splice(3, 1);
    assert.deepEqual(rows[4], ["No.", "Name", "City or postcode", "Country", "Organisation", "Role", "Comment", "Confirmed at (UTC)"]);
    const data = rows.slice(5);
    assert.deepEqual(data.map((r) => r[1]), ["Жанар Қасымова", "Tom O'Neill", "A supporter in Kazakhstan"], "only confirmed, not invalidated, not suspect");
    assert.deepEqual(data[0]!.slice(0, 5), ["1", "Жанар Қасымова", "Жаңаөзен", "Kazakhstan", "Профсоюз нефтяников"]);
    assert.deepEqual(data[1]!.slice(2, 7), ["'=HYPERLINK(\"http://evil.example\")", countryName("GB", "en"), "'@unite", "'-branch secretary", "'+solidarity"]);
    assert.deepEqual(data[2]!.slice(2, 7), ["", "Kazakhstan", "", "", ""], "a private supporter's town and comment stay out");
    assert.ok(!csv.includes("@example.org"), "no email addresses in a delivery copy");
    assert.ok(!csv.includes("Hidden Worker"));
    assert.ok(!csv.includes("Unlisted"), "a signer who did not choose the delivered list is not in it, even a public one");
  });

  it("adds emails and private names only to an internal copy, and names a chosen target in the header", async () => {
    const w = await seedOrganiserWorld(db());
    const { slug } = await petitionWithSignatures(db(), w);
    const options = { ...DELIVERY, lang: "ru", targetId: w.targets.kmg.id, includeEmails: true, includeHiddenNames: true };
    const petition = (await findPetitionForExport(db(), w.organiser, w.campaign.id, slug, options))!;
    const rows = table(await text(signaturesCsv(db(), petition, "ru", options)));
    assert.deepEqual(rows[1], ["Адресат", "KazMunayGaz"]);
    rows.splice(3, 1);
    assert.equal(rows[4]!.at(-1), "Почта");
    assert.deepEqual(rows.slice(5).map((r) => [r[1], r.at(-1)]), [
      ["Жанар Қасымова", "zhanar@example.org"],
      ["Tom O'Neill", "tom@example.org"],
      ["Hidden Worker", "hidden@example.org"],
    ]);
    assert.equal(await findPetitionForExport(db(), w.organiser, w.campaign.id, slug, { ...options, targetId: w.otherTarget.id }), null);
    assert.equal(await findPetitionForExport(db(), w.otherOrganiser, w.campaign.id, slug, DELIVERY), null, "another campaign's organiser gets nothing");
  });

  it("writes a CSV of the approved sponsors only", async () => {
    const w = await seedOrganiserWorld(db());
    const { slug } = await petitionWithSignatures(db(), w);
    const petition = (await findPetitionForExport(db(), w.organiser, w.campaign.id, slug, DELIVERY))!;
    const rows = table(await text(sponsorsCsv(db(), petition, "en", DELIVERY)));
    assert.deepEqual(rows[2], ["Approved sponsors", "2"]);
    const names = rows.slice(5).map((r) => r[2]);
    assert.deepEqual(names.sort(), ["'=cmd|' /C calc'!A0", "Unite Bristol Branch"]);
    const unite = rows.find((r) => r[2] === "Unite Bristol Branch")!;
    assert.deepEqual(unite.slice(5), ["Union branch", countryName("GB", "en"), "https://unite.example.org", "yes"]);
  });

  it("prints a PDF with the title, the count, the names (Cyrillic too), numbered pages and the sponsors", async () => {
    const w = await seedOrganiserWorld(db());
    const { id, slug } = await petitionWithSignatures(db(), w);
    await addSignatures(
      db(),
      id,
      w.consent.id,
      Array.from({ length: 120 }, (_, i) => ({ name: `Supporter Number ${i + 1}`, email: `s${i}@example.org`, country: "DE" })),
    );
    const petition = (await findPetitionForExport(db(), w.organiser, w.campaign.id, slug, DELIVERY))!;
    const pdf = await bytes(petitionPdf(db(), petition, "en", DELIVERY));
    assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text: content, total } = await parser.getText();
    await parser.destroy();
    assert.match(content, /Free the strikers' lawyer/);
    assert.match(content, /To: Presidential Office \(Akorda\) and KazMunayGaz/);
    assert.match(content, /123 confirmed signatures/);
    assert.match(content, /and 2 further signatures not listed at their signers’ wish/);
    assert.match(content, /Жанар Қасымова/);
    assert.match(content, /Профсоюз нефтяников/);
    assert.match(content, /\bA supporter\b/);
    assert.match(content, /Supporter Number 120/);
    assert.match(content, /Unite Bristol Branch/);
    assert.doesNotMatch(content, /Hidden Worker|Pending Person|Suspect Person|Not Yet Approved|Unlisted/);
    assert.ok(total >= 5, `cover, at least three pages of signatures, sponsors (got ${total})`);
    assert.match(content, new RegExp(`Page ${total}`));
  });
});

it("neutralises every cell that a spreadsheet would run as a formula", () => {
  for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", " =1", '"=1"']) assert.equal(neutraliseFormula(cell), `'${cell}`);
  assert.equal(neutraliseFormula("\t=1"), "'\t'=1");
  assert.equal(neutraliseFormula("ok;=cmd"), "ok;'=cmd");
  for (const cell of ["Anna", "Anna-Maria", "1-2", "", "Жанар", "a; b, c"]) assert.equal(neutraliseFormula(cell), cell);
});

describeOnDatabases("delivery exports, read with any separator", (db) => {
  it("leaves no cell that starts a formula, whether the spreadsheet splits on commas, semicolons or tabs", async () => {
    const w = await seedOrganiserWorld(db());
    const { id, slug } = await petitionWithSignatures(db(), w);
    await addSignatures(db(), id, w.consent.id, [
      { name: "Anna-Maria Schulz", email: "anna@example.org", country: "DE", city: "ok;=cmd|' /C calc'!A0", organisation: "+49 30 1234567", role: "x,@SUM(A1)", comment: "fine;\"-1+1\"\tand\t=2\r\n+3" },
      { name: "Ivan; -Petrov", email: "ivan@example.org", country: "RU", city: "a;  =1", organisation: "b,\"=2\"", comment: "c\t@3" },
    ]);
    const petition = (await findPetitionForExport(db(), w.organiser, w.campaign.id, slug, DELIVERY))!;
    const csv = await text(signaturesCsv(db(), petition, "en", DELIVERY));
    for (const delimiter of [",", ";", "\t"]) {
      // A spreadsheet set to another separator than ours reads our quotes loosely: here, not at all.
      const cells = parse(csv, { bom: true, delimiter, quote: delimiter === "," ? '"' : false, relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] }).flat();
      const formulas = cells.filter((cell: string) => /^[\s"]*[=+\-@]/.test(cell) || /^[\t\r]/.test(cell));
      assert.deepEqual(formulas, [], `split on ${JSON.stringify(delimiter)}`);
    }
    const rows = table(csv);
    const anna = rows.find((r) => r[1] === "Anna-Maria Schulz")!;
    assert.deepEqual(anna.slice(2, 6), ["ok;'=cmd|' /C calc'!A0", "Germany", "'+49 30 1234567", "x,'@SUM(A1)"], "hyphenated names intact, +49 kept behind one quote mark");
    assert.deepEqual(rows.find((r) => r[3] === countryName("RU", "en"))?.slice(1, 5), ["Ivan;' -Petrov", "a;'  =1", countryName("RU", "en"), "b,'\"=2\""]);
  });
});
