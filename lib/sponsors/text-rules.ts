// Rules for the free text a sponsor types that others will read (on the public list, in exports
// opened by spreadsheets). Browser-safe: the form's schema uses them.

import { containsWebAddress } from "../forms/web-address";

/** A name must not carry a link or a web address (spam; lib/forms/web-address.ts) nor start like a spreadsheet formula (= + - @). */
export function isSafePublicText(value: string): boolean {
  const text = value.trim();
  if (/^[=+\-@]/.test(text)) return false;
  return !containsWebAddress(text);
}

/** Collapses runs of white space (including line breaks) into single spaces. */
export function tidyText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
