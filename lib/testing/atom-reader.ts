import assert from "node:assert/strict";
import { DomUtils, Parser, parseDocument } from "htmlparser2";

// The feed is read by feed readers that are strict about XML: every tag must close, every text be escaped.
// htmlparser2 (sanitize-html's parser, already installed) in XML mode reads the structure; a second pass fails on any tag
// the parser had to close on its own, which is how unbalanced or broken markup shows.

export function parseXmlStrictly(xml: string) {
  const unclosed: string[] = [];
  const parser: Parser = new Parser(
    {
      onclosetag(name, isImplied) {
        // A self-closing <link/> is reported as an implied close too: that one is fine.
        const source = xml.slice(parser.startIndex, parser.endIndex + 1);
        if (isImplied && !(source.startsWith(`<${name}`) && source.endsWith("/>"))) unclosed.push(name);
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  assert.deepEqual(unclosed, [], "every element is closed explicitly");
  return parseDocument(xml, { xmlMode: true });
}

export function readAtom(xml: string) {
  const doc = parseXmlStrictly(xml);
  const feed = DomUtils.findOne((e) => e.name === "feed", doc.children);
  assert.ok(feed, "has a <feed>");
  const child = (el: typeof feed, name: string) => DomUtils.getElementsByTagName(name, el.children, false)[0];
  const text = (el: typeof feed, name: string) => {
    const node = child(el, name);
    return node ? DomUtils.textContent(node) : undefined;
  };
  const links = (el: typeof feed) =>
    DomUtils.getElementsByTagName("link", el.children, false).map((l) => ({ rel: l.attribs.rel, href: l.attribs.href, type: l.attribs.type }));
  return {
    xmlns: feed.attribs.xmlns,
    lang: feed.attribs["xml:lang"],
    id: text(feed, "id"),
    title: text(feed, "title"),
    updated: text(feed, "updated"),
    links: links(feed),
    author: (() => {
      const author = child(feed, "author");
      return author ? text(author, "name") : undefined;
    })(),
    entries: DomUtils.getElementsByTagName("entry", feed.children, false).map((e) => ({
      lang: e.attribs["xml:lang"],
      id: text(e, "id"),
      title: text(e, "title"),
      updated: text(e, "updated"),
      published: text(e, "published"),
      link: links(e)[0],
      summary: text(e, "summary"),
      contentType: child(e, "content")?.attribs.type,
      content: text(e, "content"),
    })),
  };
}

