import { countryName } from "../../i18n/countries";
import type { Locale } from "../../i18n/config";
import type { Translator } from "../../i18n/translate";
import type { ExportedSignature, ExportedSponsor, ExportOptions, PetitionForExport } from "./export-data";

// The rows both exports print, in the document's language. A supporter who did not choose to be shown
// publicly is "a supporter in Kazakhstan" in a delivery copy: their name, town, organisation, role and
// comment are left out, because the copy goes to the very state or company they may need protecting
// from (docs/decisions: delivery exports). An internal copy may include them, and emails, on request.

export type Row = (string | number)[];

export function signatureHeader(t: Translator, options: Pick<ExportOptions, "includeEmails">): string[] {
  const header = [
    t("exports.column.number"),
    t("exports.column.name"),
    t("exports.column.city"),
    t("exports.column.country"),
    t("exports.column.organisation"),
    t("exports.column.role"),
    t("exports.column.comment"),
    t("exports.column.confirmedAt"),
  ];
  if (options.includeEmails) header.push(t("exports.column.email"));
  return header;
}

export function signatureRow(
  s: ExportedSignature,
  n: number,
  t: Translator,
  locale: Locale,
  options: Pick<ExportOptions, "includeEmails" | "includeHiddenNames">,
): Row {
  const country = s.country ? countryName(s.country, locale) : "";
  const shown = s.isPublic || options.includeHiddenNames;
  const name = shown ? s.name : country ? t("exports.hiddenName", { country }) : t("exports.hiddenNameNoCountry");
  const row: Row = [
    n,
    name,
    shown ? (s.city ?? "") : "",
    country,
    shown ? (s.organisation ?? "") : "",
    shown ? (s.role ?? "") : "",
    shown ? (s.comment ?? "") : "",
    utcMoment(s.confirmedAt),
  ];
  if (options.includeEmails) row.push(s.email ?? "");
  return row;
}

export function sponsorHeader(t: Translator, options: Pick<ExportOptions, "includeEmails">): string[] {
  const header = [
    t("exports.column.number"),
    t("exports.column.kind"),
    t("exports.column.name"),
    t("exports.column.role"),
    t("exports.column.organisation"),
    t("exports.column.organisationKind"),
    t("exports.column.country"),
    t("exports.column.website"),
    t("exports.column.domainVerified"),
  ];
  if (options.includeEmails) header.push(t("exports.column.email"));
  return header;
}

export function sponsorRow(s: ExportedSponsor, n: number, t: Translator, locale: Locale, options: Pick<ExportOptions, "includeEmails">): Row {
  const row: Row = [
    n,
    t(`exports.sponsorKind.${s.kind}`),
    s.name,
    s.role ?? "",
    s.organisation ?? "",
    s.organisationKind ? t(`exports.organisationKind.${s.organisationKind}`) : "",
    countryName(s.country, locale),
    s.website ?? "",
    s.kind === "ORGANISATION" ? t(s.isDomainVerified ? "exports.yes" : "exports.no") : "",
  ];
  if (options.includeEmails) row.push(s.email ?? "");
  return row;
}

/** The lines above the table: which petition, to whom, how many, when. */
export function preamble(petition: PetitionForExport, t: Translator, now: Date, count: { label: "count" | "sponsors"; value: number }): Row[] {
  return [
    [t("exports.preamble.petition"), petition.title],
    [t("exports.preamble.addressee"), petition.targetName ?? petition.addressee],
    [t(`exports.preamble.${count.label}`), count.value],
    ...(count.label === "count" && petition.leftOutCount > 0 ? [[t("exports.preamble.leftOut"), petition.leftOutCount]] : []),
    [t("exports.preamble.exportedAt"), `${utcMoment(now)} UTC`],
  ];
}

/** "2026-01-15 10:22:05": sorts as text, reads in every language, opens as a date in spreadsheets. */
export function utcMoment(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}
