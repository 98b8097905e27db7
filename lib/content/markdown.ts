import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Campaign texts (appeals, news, call scripts, event reports) are Markdown written by organisers and
// supporters, stored in the database. They are rendered to HTML once and then sanitised with a small
// allow-list, so a stolen organiser account or a careless paste cannot put a script, a frame, an image
// (a tracking pixel) or a style on a page that activists open. Whatever is not allowed is dropped; its
// text stays when it has any (a <b> loses its tag, a <script> loses everything).

const markdown = new Marked({ gfm: true, breaks: false, async: false });
markdown.use({
  renderer: {
    // An image becomes its description: no remote fetch that would tell a third party who reads what.
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

const REL = "nofollow noopener";

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "em", "strong", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The page owns h1; a "# Heading" in a text becomes a section heading, and deeper levels stop at h4.
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: REL } }),
  },
};

/** Markdown from the database → HTML that is safe to insert into a page, a feed or an email. */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source ?? "") as string;
  return sanitizeHtml(html, sanitizeOptions).trim();
}

/** Markdown → plain text on one line (for meta descriptions and feed summaries), cut at a word. */
export function markdownToPlainText(source: string, maxLength = 300): string {
  const html = markdown.parse(source ?? "") as string;
  const text = decodeEntities(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
