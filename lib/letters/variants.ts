// Mail filters drop identical messages, and many identical letters look like hijacked accounts. Organisers
// may give several subjects and several openings (alternatives to the body's first paragraph); each letter
// takes one of each, chosen from a seed (the letter's id) so that the same letter always reads the same.

export type VariedText = { subject: string; body: string; subjectVariants: readonly string[]; openingVariants: readonly string[] };

/** FNV-1a: small, stable across runs and machines. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The body's first paragraph (up to the first blank line) and the rest, with the separator kept. */
export function splitOpening(body: string): { opening: string; rest: string } {
  const match = /\r?\n[ \t]*\r?\n/.exec(body);
  if (!match) return { opening: body, rest: "" };
  return { opening: body.slice(0, match.index), rest: body.slice(match.index) };
}

export function chooseLetterText(text: VariedText, seed: string): { subject: string; body: string; subjectIndex: number; openingIndex: number } {
  const subjects = [text.subject, ...text.subjectVariants.filter((s) => s.trim())];
  const { opening, rest } = splitOpening(text.body);
  const openings = [opening, ...text.openingVariants.filter((o) => o.trim())];
  const h = hash(seed);
  const subjectIndex = h % subjects.length;
  const openingIndex = Math.floor(h / subjects.length) % openings.length;
  return { subject: subjects[subjectIndex]!, body: openings[openingIndex]!.trim() + rest, subjectIndex, openingIndex };
}
