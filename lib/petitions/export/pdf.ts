import { PassThrough, type Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Database } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { getTranslator, type Translator } from "../../i18n/translate";
import { approvedSponsorsForExport, countedSignatureBatches, type ExportOptions, type PetitionForExport } from "./export-data";
import { signatureRow, sponsorRow } from "./rows";
import { FONT_REGULAR, PAGE, drawFooter, drawRow, drawTableHeader, registerFonts, rowFits, scaleColumns, type Column } from "./pdf-layout";

// The printable delivery document: a cover (title, addressee or target, the text with its demands,
// the count), then the signatures as a numbered table over as many pages as it takes, then the
// sponsors. Every page has its number. The PDF is streamed: signatures are read a batch at a time and
// the writer waits while the reader is behind, so memory stays bounded however long the list is.

type Doc = InstanceType<typeof PDFDocument>;

/** Bytes the writer lets pile up unread before it waits for the reader. */
const MAX_UNREAD = 4 * 1024 * 1024;

export function petitionPdf(db: Database, petition: PetitionForExport, locale: Locale, options: ExportOptions, now = new Date()): Readable {
  const t = getTranslator(locale);
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    autoFirstPage: false,
    font: FONT_REGULAR,
    info: { Title: petition.title, Creator: "Placard", Producer: "Placard" },
    lang: petition.textLocale,
    displayTitle: true,
  });
  const out = new PassThrough();
  doc.pipe(out);
  registerFonts(doc);
  let page = 0;
  doc.on("pageAdded", () => {
    page += 1;
    drawFooter(doc, petition.title, t("exports.pdf.page", { page }));
  });
  write(doc, out, db, petition, locale, t, options, now).then(
    () => doc.end(),
    (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return out;
}

async function write(
  doc: Doc,
  out: PassThrough,
  db: Database,
  petition: PetitionForExport,
  locale: Locale,
  t: Translator,
  options: ExportOptions,
  now: Date,
): Promise<void> {
  writeCover(doc, petition, locale, t, now);

  const signatureColumns = scaleColumns(doc, [
    { label: t("exports.column.number"), width: 7, align: "right" },
    { label: t("exports.column.name"), width: 27 },
    { label: t("exports.column.city"), width: 16 },
    { label: t("exports.column.country"), width: 16 },
    { label: t("exports.column.organisation"), width: 22 },
    { label: t("exports.column.confirmedAt"), width: 14 },
  ]);
  startSection(doc, t("exports.pdf.signaturesHeading"), signatureColumns);
  let n = 0;
  for await (const batch of countedSignatureBatches(db, petition.id, { includeEmails: false })) {
    for (const s of batch) {
      n += 1;
      const [number, name, city, country, organisation, role, , confirmedAt] = signatureRow(s, n, t, locale, { ...options, includeEmails: false });
      const org = [organisation, role].filter(Boolean).join(", ");
      // The country has its own column: a private supporter is simply "A supporter" here.
      const shownName = s.isPublic || options.includeHiddenNames ? String(name) : t("exports.hiddenNameNoCountry");
      tableRow(doc, signatureColumns, [String(number), shownName, String(city), String(country), org, String(confirmedAt).slice(0, 10)], n);
    }
    await readerCaughtUp(doc, out);
    if (out.destroyed) return; // the reader went away: stop reading the database
  }
  if (n === 0) doc.font("body").fontSize(10).text(t("exports.pdf.noSignatures"));

  const sponsors = await approvedSponsorsForExport(db, petition.campaignId, { includeEmails: false });
  const sponsorColumns = scaleColumns(doc, [
    { label: t("exports.column.number"), width: 7, align: "right" },
    { label: t("exports.column.name"), width: 30 },
    { label: t("exports.column.organisation"), width: 27 },
    { label: t("exports.column.organisationKind"), width: 18 },
    { label: t("exports.column.country"), width: 18 },
  ]);
  startSection(doc, t("exports.pdf.sponsorsHeading"), sponsorColumns);
  sponsors.forEach((s, i) => {
    const [number, kind, name, role, organisation, organisationKind, country] = sponsorRow(s, i + 1, t, locale, { includeEmails: false });
    const org = [role, organisation].filter(Boolean).join(", ");
    tableRow(doc, sponsorColumns, [String(number), String(name), org, String(organisationKind || kind), String(country)], i + 1);
  });
  if (sponsors.length === 0) doc.font("body").fontSize(10).text(t("exports.pdf.noSponsors"));
}

function writeCover(doc: Doc, petition: PetitionForExport, locale: Locale, t: Translator, now: Date): void {
  doc.addPage();
  const width = doc.page.width - 2 * PAGE.margin;
  doc.font("bold").fontSize(20).text(petition.title, { width });
  doc.moveDown(0.6);
  doc.font("body").fontSize(12).text(t("exports.pdf.addressedTo", { addressee: petition.targetName ?? petition.addressee }), { width });
  doc.moveDown(1);
  doc.font("body").fontSize(11).text(petition.body, { width, lineGap: 2 });
  doc.moveDown(1.2);
  doc.font("bold").fontSize(14).text(t("exports.pdf.count", { count: petition.signatureCount }), { width });
  if (petition.leftOutCount > 0) doc.font("body").fontSize(11).text(t("exports.pdf.leftOut", { count: petition.leftOutCount }), { width });
  doc.moveDown(0.4);
  const prepared = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(now);
  doc.font("body").fontSize(9).fillColor("#55606e").text(t("exports.pdf.prepared", { date: prepared }), { width });
  doc.fillColor("#000000");
}

function startSection(doc: Doc, heading: string, columns: Column[]): void {
  doc.addPage();
  doc.font("bold").fontSize(16).text(heading);
  doc.moveDown(0.5);
  drawTableHeader(doc, columns);
}

function tableRow(doc: Doc, columns: Column[], cells: string[], n: number): void {
  if (!rowFits(doc)) {
    doc.addPage();
    drawTableHeader(doc, columns);
  }
  drawRow(doc, columns, cells, n % 2 === 0);
}

/** Waits while more than MAX_UNREAD bytes sit unread (pdfkit writes on without asking). */
async function readerCaughtUp(doc: Doc, out: PassThrough): Promise<void> {
  while (doc.readableLength + out.readableLength > MAX_UNREAD && !out.destroyed) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
