// Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab or carriage return,
// which some spreadsheets skip before reading a formula) is run as a formula when the CSV is opened,
// so a supporter could plant =HYPERLINK(...) or worse in an organiser's spreadsheet. Such a cell gets a
// leading single quote, which spreadsheets show as plain text (OWASP's advice). Numbers stay numbers.
// A spreadsheet may also split our lines on another separator than ours: German and Russian settings
// use `;`, some imports use tabs, and then `ok;=cmd` becomes a cell `=cmd`. So the same quote mark goes
// after every separator (`,` `;` tab, line break) that a formula start follows, spaces or quotes between.

const FORMULA_START = /^(?:[\s"]*[=+\-@]|[\t\r])/;
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[\s"]*[=+\-@])/g;

export function neutraliseFormula(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(value) ? `'${inner}` : inner;
}

export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? value : neutraliseFormula(value);
}
