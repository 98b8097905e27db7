// Rules for the free text a sponsor types that others will read (on the public list, in exports
// opened by spreadsheets). Browser-safe: the form's schema uses them.

const LINK = /(https?:\/\/|ftp:\/\/|www\.|\[url|<\s*a\b|\b[\w-]+\.[a-z]{2,}\/\S*)/i;

/** A name must not carry a link (spam) nor start like a spreadsheet formula (= + - @). */
export function isSafePublicText(value: string): boolean {
  const text = value.trim();
  if (/^[=+\-@]/.test(text)) return false;
  return !LINK.test(text);
}

/** Collapses runs of white space (including line breaks) into single spaces. */
export function tidyText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
