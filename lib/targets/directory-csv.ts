import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { Prisma } from "../generated/prisma/client";
import { LIST_SEPARATOR, TARGET_COLUMNS, targetRowSchema, type TargetRow } from "./target-schema";

// The campaign's directory as CSV, both ways: export every field of every target; import a file whose
// every row is checked first, so that one bad row imports nothing and the organiser sees each bad row by
// its line number. A row whose slug exists updates that target; a new slug adds one. An exported file
// imports back unchanged.

export type CsvProblem = { line: number; field: string; message: string };
export type CsvImportResult = { ok: true; created: number; updated: number } | { ok: false; problems: CsvProblem[] };

/** At most this many rows in one file (a directory of every embassy in the world is ~200). */
export const MAX_IMPORT_ROWS = 2_000;

type TargetRecord = { [K in keyof TargetRow]: TargetRow[K] };

export function targetsToCsv(targets: TargetRecord[]): string {
  const cell = (value: unknown) => (Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === null || value === undefined ? "" : value === true ? "yes" : value === false ? "no" : String(value));
  return stringify([TARGET_COLUMNS, ...targets.map((t) => TARGET_COLUMNS.map((c) => cell(t[c])))], { eof: true });
}

/** Parses and checks every row; the rows ready to write, or every problem with its line. */
export function readTargetsCsv(text: string): { ok: true; rows: TargetRow[] } | { ok: false; problems: CsvProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as never;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [{ line, field: "", message: "targetDirectory.errors.csvSyntax" }] };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: [{ line: 1, field: "", message: "targetDirectory.errors.csvEmpty" }] };
  const columns = header.record.map((c) => c.trim());
  const problems: CsvProblem[] = [];
  for (const column of columns) if (!(TARGET_COLUMNS as string[]).includes(column)) problems.push({ line: 1, field: column, message: "targetDirectory.errors.unknownColumn" });
  for (const required of ["slug", "kind", "name", "country"]) if (!columns.includes(required)) problems.push({ line: 1, field: required, message: "targetDirectory.errors.missingColumn" });
  if (problems.length) return { ok: false, problems };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problems: [{ line: 1, field: "", message: "targetDirectory.errors.tooManyRows" }] };

  const parsed: TargetRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length > columns.length) problems.push({ line, field: "", message: "targetDirectory.errors.extraCells" });
    const raw = Object.fromEntries(TARGET_COLUMNS.map((c) => [c, record[columns.indexOf(c)] ?? ""]));
    const result = targetRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ line, field: String(issue.path[0] ?? ""), message: issue.message });
      continue;
    }
    const first = seen.get(result.data.slug);
    if (first !== undefined) problems.push({ line, field: "slug", message: "targetDirectory.errors.duplicateSlug" });
    else seen.set(result.data.slug, line);
    parsed.push(result.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows: parsed };
}

/** Writes checked rows into the campaign's directory, in the caller's transaction. */
export async function writeTargetRows(tx: Prisma.TransactionClient, campaignId: string, rows: TargetRow[]): Promise<{ created: number; updated: number }> {
  const existing = new Set((await tx.target.findMany({ where: { campaignId, slug: { in: rows.map((r) => r.slug) } }, select: { slug: true } })).map((t) => t.slug));
  for (const row of rows) {
    await tx.target.upsert({ where: { campaignId_slug: { campaignId, slug: row.slug } }, create: { ...row, campaignId }, update: row, select: { id: true } });
  }
  return { created: rows.filter((r) => !existing.has(r.slug)).length, updated: rows.filter((r) => existing.has(r.slug)).length };
}

export const targetCsvSelect = Object.fromEntries(TARGET_COLUMNS.map((c) => [c, true])) as Record<keyof TargetRow, true>;
