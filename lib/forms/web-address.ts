// Does a short text a supporter typed carry a web address? Names, cities, roles and organisations are
// shown on public pages and in exports, and a name that reads "win-prize.com" turns our pages (and, in
// the past, our emails) into someone's advertisement. Browser-safe: the forms' schemas use it.
//
// No list of top-level domains is shipped (there are over 1,400 and new ones appear), so the rule is
// generic: a label, a dot, and a label that could be a top-level domain, followed by no more letters:
//   - any two or more ASCII letters (com, de, shop, berlin…) or a punycode label (xn--…);
//   - the Cyrillic and Greek top-level domains by name (рф, рус, москва…): those scripts also write
//     names with initials ("И.Иванов"), so a generic rule would refuse people;
//   - two or more letters of any other script (中国, 한국, السعودية…).
// Before matching, the text is NFKC-normalised (full-width "ｅｘａｍｐｌｅ．ｃｏｍ" becomes
// "example.com"), invisible format characters are dropped (a soft hyphen or a zero-width space inside
// "exam\u00ADple.com" is dropped by browsers too), and the ideographic full stops that browsers accept
// between labels (。｡．) count as dots. A dot followed by a space ("J. R. Smith", "St. Petersburg",
// "Dr. Müller") is not a web address; "J.R.Smith" without spaces is refused (its message asks for them).

const IDN_TLDS_CYRILLIC_GREEK = ["рф", "рус", "москва", "онлайн", "сайт", "дети", "орг", "ком", "укр", "бел", "срб", "мкд", "бг", "қаз", "мон", "ею", "ευ", "ελ", "католик"];

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?`;
const DOT = String.raw`[.\u3002\uFF0E\uFF61]`;
const OTHER_SCRIPT_LETTER = String.raw`[^\P{L}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]\p{M}*`;
const TLD = String.raw`(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|${IDN_TLDS_CYRILLIC_GREEK.join("|")}|(?:${OTHER_SCRIPT_LETTER}){2,})`;
const WEB_ADDRESS = new RegExp(String.raw`${LABEL}${DOT}${TLD}(?![\p{L}\p{N}\p{M}-])`, "u");

/** Written-out links that need no top-level domain to be one: a scheme, "www.", forum and HTML link markup. */
const LINK_MARKUP = /(:\/\/|www\.|\[url|<\s*a\b)/i;

const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** The text as a browser's address bar would read it: NFKC, lower case, without invisible characters. */
export function asAddressBarReads(text: string): string {
  return text.normalize("NFKC").replace(FORMAT_CHARACTERS, "").toLowerCase();
}

export function containsWebAddress(text: string): boolean {
  const read = asAddressBarReads(text);
  return LINK_MARKUP.test(read) || WEB_ADDRESS.test(read);
}
