import PDFDocument from "pdfkit";
import { countryName } from "../i18n/countries";
import type { Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { FONT_REGULAR, registerFonts } from "../petitions/export/pdf-layout";
import type { ComposedLetter } from "./compose";

// The letter on paper (the third way of sending): one A4 letter per target, laid out for a window
// envelope (DIN 5008 form B, the left window of a DL or C5/6 envelope): the sender top right, the
// target's name and postal address in the window, "By fax: …" above it where the target has a fax
// number, the date, the subject in bold, the body, and room to sign. A letter longer than a page goes
// on over as many pages as it takes; each target's letter starts on a page of its own.
//
// No email address on paper: the sender's address is for Placard's confirmation and for the reply by
// email; a printed letter is posted or faxed and often copied on by its recipient, so it carries only what
// the sender chose to sign with (name, organisation, city, country).

type Doc = InstanceType<typeof PDFDocument>;

const mm = (n: number) => (n * 72) / 25.4;

/** DIN 5008 form B, in millimetres from the page's top left. */
const LAYOUT = {
  left: 25,
  right: 20,
  addressTop: 45,
  /** The return line and notes ("By fax") zone above the address. */
  noteZone: 17.7,
  addressWidth: 85,
  infoLeft: 125,
  infoTop: 32,
  textTop: 98.5,
  bottom: 25,
  folds: [105, 210],
  punch: 148.5,
} as const;

export type LetterPdfInput = Pick<ComposedLetter, "sender" | "messages" | "locale" | "campaign">;

export function renderLetterPdf(letter: LetterPdfInput, { now = new Date() }: { now?: Date } = {}): Promise<Buffer> {
  const t = getTranslator(letter.locale);
  const doc = new PDFDocument({
    size: "A4",
    autoFirstPage: false,
    margins: { top: mm(20), bottom: mm(LAYOUT.bottom), left: mm(LAYOUT.left), right: mm(LAYOUT.right) },
    font: FONT_REGULAR,
    info: { Title: letter.messages[0]?.subject ?? letter.campaign.title, Creator: "Placard", Producer: "Placard" },
    lang: letter.locale,
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const date = new Intl.DateTimeFormat(letter.locale, { dateStyle: "long", timeZone: "UTC" }).format(now);
  for (const message of letter.messages) writeLetter(doc, letter, message, { date, byFax: (fax) => t("letterOffline.byFax", { fax }) });
  doc.end();
  return done;
}

function senderLines(sender: LetterPdfInput["sender"], locale: Locale): string[] {
  return [sender.name, sender.organisation, sender.city, countryName(sender.country, locale)].filter((l): l is string => !!l);
}

function writeLetter(
  doc: Doc,
  letter: LetterPdfInput,
  message: LetterPdfInput["messages"][number],
  { date, byFax }: { date: string; byFax: (fax: string) => string },
): void {
  doc.addPage();
  const width = doc.page.width;
  const textWidth = width - mm(LAYOUT.left) - mm(LAYOUT.right);
  const sender = senderLines(letter.sender, letter.locale);

  // Fold and punch marks on the left edge.
  doc.save().lineWidth(0.5).strokeColor("#999999");
  for (const y of [...LAYOUT.folds, LAYOUT.punch]) doc.moveTo(mm(3), mm(y)).lineTo(mm(y === LAYOUT.punch ? 9 : 7), mm(y)).stroke();
  doc.restore();

  // The sender, top right, and the date under it.
  doc.font("body").fontSize(10).fillColor("#000000");
  doc.text(sender.join("\n"), mm(LAYOUT.infoLeft), mm(LAYOUT.infoTop), { width: width - mm(LAYOUT.infoLeft) - mm(LAYOUT.right) });
  doc.moveDown(1).text(date);

  // The window: a return line in small print, the note "By fax", then the target's name and address.
  const top = mm(LAYOUT.addressTop);
  doc.fontSize(7).fillColor("#333333");
  doc.text([letter.sender.name, letter.sender.city].filter(Boolean).join(", "), mm(LAYOUT.left), top + mm(5), { width: mm(LAYOUT.addressWidth), lineBreak: false, ellipsis: true });
  if (message.target.fax) doc.fontSize(9).fillColor("#000000").text(byFax(message.target.fax), mm(LAYOUT.left), top + mm(10), { width: mm(LAYOUT.addressWidth) });
  doc.fontSize(10).fillColor("#000000");
  const address = [message.target.name, ...(message.target.postalAddress ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean)];
  if (!message.target.postalAddress) address.push(...[message.target.city, countryName(message.target.country, letter.locale)].filter((l): l is string => !!l));
  doc.text(address.join("\n"), mm(LAYOUT.left), top + mm(LAYOUT.noteZone), { width: mm(LAYOUT.addressWidth), height: mm(27.3), ellipsis: true });

  // The subject in bold, the body, and room to sign.
  doc.font("bold").fontSize(11).text(message.subject, mm(LAYOUT.left), mm(LAYOUT.textTop), { width: textWidth });
  doc.moveDown(1.5);
  doc.font("body").fontSize(11).text(message.body.replace(/\r\n/g, "\n"), { width: textWidth, lineGap: 2 });
  doc.moveDown(4);
  if (doc.y > doc.page.height - doc.page.margins.bottom - mm(10)) doc.addPage();
  doc.text(letter.sender.name, mm(LAYOUT.left), doc.y, { width: textWidth });
}
