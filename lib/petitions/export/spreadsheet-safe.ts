// Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab or carriage return,
// which some spreadsheets skip before reading a formula) is run as a formula when the CSV is opened,
// so a supporter could plant =HYPERLINK(...) or worse in an organiser's spreadsheet. Such a cell gets a
// leading single quote, which spreadsheets show as plain text (OWASP's advice). Numbers stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? value : neutraliseFormula(value);
}
