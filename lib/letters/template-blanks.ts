// Letter templates hold placeholders such as {{sender_name}} or {{target_name}}. On the read-only letters
// page they become blanks a supporter fills in by hand; the letter composer fills them itself.

export type TemplatePiece = { kind: "text"; text: string } | { kind: "blank"; name: string };

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/gi;

export function splitTemplateBlanks(body: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ kind: "text", text: body.slice(last, start) });
    pieces.push({ kind: "blank", name: (match[1] ?? "").toLowerCase() });
    last = start + match[0].length;
  }
  if (last < body.length) pieces.push({ kind: "text", text: body.slice(last) });
  return pieces;
}

/** The blanks a letter asks the supporter to fill in, once each, in order. */
export function blankNames(body: string): string[] {
  return [...new Set(splitTemplateBlanks(body).flatMap((p) => (p.kind === "blank" ? [p.name] : [])))];
}
