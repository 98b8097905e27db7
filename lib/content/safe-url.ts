// Links that come from the database (a donation page, a target's website, a report's press links) are
// typed by organisers and supporters: only http(s) addresses become links, anything else is shown as text.

export function safeHttpUrl(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}
