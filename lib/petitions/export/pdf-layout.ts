import path from "node:path";
import type PDFDocument from "pdfkit";

// Drawing helpers for the delivery PDF: fonts with Cyrillic and Kazakh letters (DejaVu), a footer on
// every page, and one-line table rows whose cells are cut with an ellipsis, so that each page holds a
// known number of rows whatever the names are.

type Doc = InstanceType<typeof PDFDocument>;

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const FONT_REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
export const FONT_BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

export const PAGE = { margin: 50, footer: 28 } as const;

export function registerFonts(doc: Doc): void {
  doc.registerFont("body", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
}

/** The page footer: a short title on the left, "Page 3" on the right. Drawn without moving the cursor. */
export function drawFooter(doc: Doc, left: string, right: string): void {
  const { x, y } = doc;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const top = doc.page.height - PAGE.margin + 14;
  const width = doc.page.width - 2 * PAGE.margin;
  doc.font("body").fontSize(8).fillColor("#55606e");
  doc.text(fit(doc, left, width * 0.7), PAGE.margin, top, { width: width * 0.7, lineBreak: false });
  doc.text(right, PAGE.margin + width * 0.7, top, { width: width * 0.3, align: "right", lineBreak: false });
  doc.fillColor("#000000");
  doc.page.margins.bottom = bottom;
  doc.x = x;
  doc.y = y;
}

export type Column = { label: string; width: number; align?: "left" | "right" };

export const ROW_HEIGHT = 15;
const CELL_PAD = 3;

/** The column labels, wrapped onto as many lines as the longest needs, over a rule. */
export function drawTableHeader(doc: Doc, columns: Column[]): void {
  doc.font("bold").fontSize(8);
  const top = doc.y;
  let x = PAGE.margin;
  let height = 0;
  for (const column of columns) {
    const inner = column.width - 2 * CELL_PAD;
    doc.text(column.label, x + CELL_PAD, top, { width: inner, align: column.align ?? "left" });
    height = Math.max(height, doc.y - top);
    x += column.width;
  }
  const y = top + height + 2;
  doc.moveTo(PAGE.margin, y).lineTo(PAGE.margin + totalWidth(columns), y).lineWidth(0.8).strokeColor("#1b1f24").stroke();
  doc.font("body").fontSize(8);
  doc.x = PAGE.margin;
  doc.y = y + 4;
}

export function drawRow(doc: Doc, columns: Column[], cells: string[], shaded: boolean): void {
  if (shaded) {
    doc.rect(PAGE.margin, doc.y - 2, totalWidth(columns), ROW_HEIGHT).fill("#f4f5f7");
    doc.fillColor("#000000");
  }
  drawCells(doc, columns, cells);
}

function drawCells(doc: Doc, columns: Column[], cells: string[]): void {
  const y = doc.y;
  let x = PAGE.margin;
  columns.forEach((column, i) => {
    const inner = column.width - 2 * CELL_PAD;
    doc.text(fit(doc, cells[i] ?? "", inner), x + CELL_PAD, y, { width: inner, lineBreak: false, align: column.align ?? "left" });
    x += column.width;
  });
  doc.x = PAGE.margin;
  doc.y = y + ROW_HEIGHT;
}

/** Whether another row fits above the footer. */
export function rowFits(doc: Doc): boolean {
  return doc.y + ROW_HEIGHT <= doc.page.height - PAGE.margin;
}

function totalWidth(columns: Column[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}

/** The text, cut to `width` with an ellipsis (binary search on the rendered width), on one line. */
export function fit(doc: Doc, text: string, width: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (doc.widthOfString(line) <= width) return line;
  let lo = 0;
  let hi = line.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${line.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${line.slice(0, lo).trimEnd()}…`;
}

/** Columns scaled to fill the page's text width, from relative weights. */
export function scaleColumns(doc: Doc, columns: Column[]): Column[] {
  const available = doc.page.width - 2 * PAGE.margin;
  const sum = totalWidth(columns);
  return columns.map((c) => ({ ...c, width: (c.width / sum) * available }));
}
