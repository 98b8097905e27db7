// Atom 1.0 (RFC 4287) for the news of one language. Pure: the route gathers the entries, this writes XML.
// Every text is XML-escaped, and characters XML forbids (control characters a paste can carry) are dropped,
// so one careless post cannot break the feed for every reader.

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  summary: string;
  /** Sanitised HTML (from renderMarkdown); sent escaped, as type="html". */
  contentHtml: string;
  /** The entry's language when it differs from the feed's. */
  lang?: string;
  category?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  selfUrl: string;
  alternateUrl: string;
  authorName: string;
  /** Used as <updated> when there are no entries. */
  emptyUpdated: Date;
  entries: AtomEntry[];
};

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function feedUpdated(feed: Pick<AtomFeed, "entries" | "emptyUpdated">): Date {
  return feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), feed.entries.length ? new Date(0) : feed.emptyUpdated);
}

function entryXml(e: AtomEntry): string {
  const lang = e.lang ? ` xml:lang="${escapeXml(e.lang)}"` : "";
  return [
    `  <entry${lang}>`,
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title type="text">${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <published>${e.published.toISOString()}</published>`,
    `    <updated>${e.updated.toISOString()}</updated>`,
    ...(e.category ? [`    <category term="${escapeXml(e.category)}"/>`] : []),
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
    `  </entry>`,
  ].join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${feedUpdated(feed).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <author><name>${escapeXml(feed.authorName)}</name></author>`,
    `  <generator>Placard</generator>`,
    ...feed.entries.map(entryXml),
    `</feed>`,
    "",
  ].join("\n");
}
