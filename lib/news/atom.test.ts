import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseXmlStrictly, readAtom } from "../testing/atom-reader";
import { buildAtomFeed, escapeXml, type AtomFeed } from "./atom";

const base: AtomFeed = {
  id: "https://placard.example.org/en/news",
  title: "Placard · News",
  lang: "en",
  selfUrl: "https://placard.example.org/feeds/en/news.xml",
  alternateUrl: "https://placard.example.org/en/news",
  authorName: "Placard",
  emptyUpdated: new Date("2026-01-01T00:00:00Z"),
  entries: [
    {
      id: "https://placard.example.org/en/news/berlin",
      title: 'Picket at the "Gate" <script>alert(1)</script> & more',
      link: "https://placard.example.org/en/news/berlin?a=1&b=2",
      published: new Date("2011-12-20T12:00:00Z"),
      updated: new Date("2011-12-21T08:00:00Z"),
      summary: "Fifty people \u0007came]]> & stood.",
      contentHtml: '<p>Fifty <strong>people</strong> came. <a href="https://example.org/?x=1&amp;y=2" rel="nofollow noopener">Photos</a></p>',
    },
    {
      id: "https://placard.example.org/en/news/old",
      title: "Пикет в Москве",
      lang: "ru",
      link: "https://placard.example.org/en/news/old",
      published: new Date("2011-12-17T00:00:00Z"),
      updated: new Date("2011-12-17T00:00:00Z"),
      summary: "Кратко.",
      contentHtml: "<p>Текст.</p>",
    },
  ],
};

describe("buildAtomFeed", () => {
  it("writes a well-formed Atom 1.0 feed with its id, title, links, author and latest update", () => {
    const feed = readAtom(buildAtomFeed(base));
    assert.equal(feed.xmlns, "http://www.w3.org/2005/Atom");
    assert.equal(feed.lang, "en");
    assert.equal(feed.id, base.id);
    assert.equal(feed.title, "Placard · News");
    assert.equal(feed.updated, "2011-12-21T08:00:00.000Z");
    assert.deepEqual(feed.links, [
      { rel: "self", type: "application/atom+xml", href: base.selfUrl },
      { rel: "alternate", type: "text/html", href: base.alternateUrl },
    ]);
    assert.equal(feed.author, "Placard");
  });

  it("gives every entry its id, title, dates, link, summary and escaped HTML content, hostile text intact as text", () => {
    const [first, second] = readAtom(buildAtomFeed(base)).entries;
    assert.deepEqual(first, {
      lang: undefined,
      id: "https://placard.example.org/en/news/berlin",
      title: 'Picket at the "Gate" <script>alert(1)</script> & more',
      updated: "2011-12-21T08:00:00.000Z",
      published: "2011-12-20T12:00:00.000Z",
      link: { rel: "alternate", type: "text/html", href: "https://placard.example.org/en/news/berlin?a=1&b=2" },
      summary: "Fifty people came]]> & stood.",
      contentType: "html",
      content: base.entries[0]?.contentHtml,
    });
    assert.equal(second?.lang, "ru", "a fallback entry says its language");
    assert.equal(second?.title, "Пикет в Москве");
  });

  it("puts no raw markup from a title or the content into the XML", () => {
    const xml = buildAtomFeed(base);
    assert.doesNotMatch(xml, /<script>/);
    assert.doesNotMatch(xml, /<p>|<strong>/);
    assert.doesNotMatch(xml, /\u0007/);
  });

  it("is still a valid feed with no entries", () => {
    const feed = readAtom(buildAtomFeed({ ...base, entries: [] }));
    assert.equal(feed.updated, "2026-01-01T00:00:00.000Z");
    assert.deepEqual(feed.entries, []);
  });
});

describe("the strict reader used here", () => {
  it("would notice a feed with an unescaped tag in a title", () => {
    assert.throws(() => parseXmlStrictly("<feed><title>a <b> c</title></feed>"));
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials and drops forbidden control characters", () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>\u0000\u001f\t\n`), "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\t\n");
  });
});
