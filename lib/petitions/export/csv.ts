import { stringify } from "csv-stringify/sync";
import type { Database } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { approvedSponsorsForExport, countedSignatureBatches, type ExportOptions, type PetitionForExport } from "./export-data";
import { preamble, signatureHeader, signatureRow, sponsorHeader, sponsorRow, type Row } from "./rows";
import { safeCell } from "./spreadsheet-safe";

// CSV for delivery, made for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Cyrillic
// right), CRLF line ends, every cell quoted and every text neutralised against formula injection
// whichever separator the spreadsheet splits on, a few lines naming the petition and its addressee (or
// the chosen target) above the table. Produced in chunks.

const BOM = "\uFEFF";

function csv(rows: Row[]): string {
  return stringify(
    rows.map((row) => row.map(safeCell)),
    { record_delimiter: "windows", quoted: true },
  );
}

export async function* signaturesCsv(
  db: Database,
  petition: PetitionForExport,
  locale: Locale,
  options: ExportOptions,
  now = new Date(),
): AsyncGenerator<string> {
  const t = getTranslator(locale);
  yield BOM + csv([...preamble(petition, t, now, { label: "count", value: petition.signatureCount }), [], signatureHeader(t, options)]);
  let n = 0;
  for await (const batch of countedSignatureBatches(db, petition.id, options)) {
    yield csv(batch.map((s) => signatureRow(s, ++n, t, locale, options)));
  }
}

export async function* sponsorsCsv(
  db: Database,
  petition: PetitionForExport,
  locale: Locale,
  options: ExportOptions,
  now = new Date(),
): AsyncGenerator<string> {
  const t = getTranslator(locale);
  const sponsors = await approvedSponsorsForExport(db, petition.campaignId, options);
  yield BOM + csv([...preamble(petition, t, now, { label: "sponsors", value: sponsors.length }), [], sponsorHeader(t, options)]);
  yield csv(sponsors.map((s, i) => sponsorRow(s, i + 1, t, locale, options)));
}
