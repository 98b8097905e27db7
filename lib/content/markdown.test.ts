import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { markdownToPlainText, renderMarkdown } from "./markdown";

describe("renderMarkdown: what an organiser writes", () => {
  it("renders paragraphs, emphasis, lists, quotes and section headings", () => {
    const html = renderMarkdown(
      "# The strike\n\nOil workers **struck** in *May*.\n\n1. Reinstate them\n2. Pay the wages\n\n- one\n- two\n\n> We will not be silent.\n\n#### Sources",
    );
    assert.match(html, /<h2>The strike<\/h2>/);
    assert.match(html, /<p>Oil workers <strong>struck<\/strong> in <em>May<\/em>\.<\/p>/);
    assert.match(html, /<ol>\s*<li>Reinstate them<\/li>\s*<li>Pay the wages<\/li>\s*<\/ol>/);
    assert.match(html, /<ul>\s*<li>one<\/li>/);
    assert.match(html, /<blockquote>\s*<p>We will not be silent\.<\/p>\s*<\/blockquote>/);
    assert.match(html, /<h4>Sources<\/h4>/);
  });

  it("keeps Cyrillic text intact", () => {
    assert.equal(renderMarkdown("Свободу *Наталье*!"), "<p>Свободу <em>Наталье</em>!</p>");
  });

  it("marks every link nofollow noopener, replacing whatever rel was given", () => {
    const html = renderMarkdown('[report](https://example.org/r) and <a href="https://example.com" rel="opener">x</a>');
    assert.equal((html.match(/rel="nofollow noopener"/g) ?? []).length, 2);
    assert.doesNotMatch(html, /rel="opener"/);
  });

  it("turns headings deeper than h4 into h4 and never emits h1", () => {
    const html = renderMarkdown("###### Deep\n\n<h1>Raw</h1>");
    assert.match(html, /<h4>Deep<\/h4>/);
    assert.doesNotMatch(html, /<h1/);
  });
});

describe("renderMarkdown: hostile input", () => {
  const cases: [string, string][] = [
    ["script tag", "Hello <script>alert(1)</script> world"],
    ["script in a list", "- <script>document.cookie</script>"],
    ["event handler", '<p onclick="alert(1)">click</p><a href="https://example.org" onmouseover="alert(1)">x</a>'],
    ["javascript: link", "[click](javascript:alert(1))"],
    ["javascript: link, raw and obfuscated", '<a href="jav&#x09;ascript:alert(1)">x</a><a href=" JAVASCRIPT:alert(1)">y</a>'],
    ["data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript: link", '<a href="vbscript:msgbox(1)">x</a>'],
    ["iframe", '<iframe src="https://example.com/evil"></iframe>'],
    ["object and embed", '<object data="x.swf"></object><embed src="x.swf">'],
    ["style tag and attribute", '<style>body{display:none}</style><p style="position:fixed">x</p>'],
    ["image, markdown and raw", '![pixel](https://example.com/track.gif) <img src="x" onerror="alert(1)">'],
    ["svg", '<svg onload="alert(1)"><circle/></svg>'],
    ["form", '<form action="https://example.com"><input name="password"><button>Go</button></form>'],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://example.com">'],
    ["base and link", '<base href="https://example.com/"><link rel="stylesheet" href="https://example.com/x.css">'],
    ["protocol-relative link", '<a href="//example.com/phish">x</a>'],
    ["unclosed tag soup", '<div><a href="https://example.org"<script>alert(1)</script>'],
    ["entity-encoded script", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ];
  for (const [name, input] of cases) {
    it(`neutralises ${name}`, () => {
      const html = renderMarkdown(input);
      assert.doesNotMatch(html, /<(script|iframe|object|embed|style|img|svg|form|input|button|meta|base|link|div)\b/i, html);
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, html);
      assert.doesNotMatch(html, /style\s*=/i, html);
      assert.doesNotMatch(html, /href="\s*(javascript|data|vbscript):/i, html);
      assert.doesNotMatch(html, /href="\/\//, html);
    });
  }

  it("drops a script's content but keeps the text around it", () => {
    assert.equal(renderMarkdown("Hello <script>alert(1)</script> world"), "<p>Hello  world</p>");
  });

  it("shows an image as its description, fetching nothing", () => {
    assert.equal(renderMarkdown("![Strikers in the square](https://example.com/a.jpg)"), "<p>Strikers in the square</p>");
  });

  it("keeps the text of a javascript: link but not the link", () => {
    const html = renderMarkdown("[click me](javascript:alert(1))");
    assert.match(html, /click me/);
    assert.doesNotMatch(html, /javascript/i);
  });

  it("keeps mailto:, tel: and https: links", () => {
    const html = renderMarkdown("[mail](mailto:press@example.org) [call](tel:+77172000000) [web](https://example.org/a?b=1&c=2)");
    assert.match(html, /href="mailto:press@example.org"/);
    assert.match(html, /href="tel:\+77172000000"/);
    assert.match(html, /href="https:\/\/example.org\/a\?b=1&amp;c=2"/);
  });

  it("renders an empty text as nothing", () => {
    assert.equal(renderMarkdown(""), "");
  });
});

describe("markdownToPlainText", () => {
  it("strips the markup and joins the lines", () => {
    assert.equal(markdownToPlainText("# Title\n\nOne **two**\nthree & 3 < 4"), "Title One two three & 3 < 4");
  });

  it("cuts a long text at a word and ends it with an ellipsis", () => {
    const text = markdownToPlainText("word ".repeat(100), 50);
    assert.ok(text.length <= 50, text);
    assert.match(text, /word…$/);
  });
});
