import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { readAtom } from "../testing/atom-reader";
import { seedPublicFixtures } from "../testing/public-fixtures";
import { buildNewsFeed } from "./feed";

describeOnDatabases("the Atom news feed", (db) => {
  before(async () => {
    await seedPublicFixtures(db());
    await db().prisma.newsPost.create({
      data: {
        slug: "hostile", locale: "en", kind: "ARTICLE", status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000),
        title: "Tom & Jerry <b>picket</b>", summary: "A & B", body: 'Hello <script>alert(1)</script> [x](javascript:alert(1)) <img src="https://example.com/t.gif">',
      },
    });
  });

  it("gives a Russian reader's feed every public post, fallbacks marked with their language", async () => {
    const { xml } = await buildNewsFeed(db(), "ru", "https://placard.example.org");
    const feed = readAtom(xml);
    assert.equal(feed.id, "https://placard.example.org/ru/news");
    assert.equal(feed.lang, "ru");
    assert.equal(feed.title, "Placard · Новости");
    assert.deepEqual(feed.links.map((l) => [l.rel, l.href]), [
      ["self", "https://placard.example.org/feeds/ru/news.xml"],
      ["alternate", "https://placard.example.org/ru/news"],
    ]);
    assert.deepEqual(
      feed.entries.map((e) => [e.title, e.lang]),
      [
        ["Tom & Jerry <b>picket</b>", "en"],
        ["Lawyer's appeal heard", "en"],
        ["Только по-русски", undefined],
        ["Пикет в Берлине прошёл", undefined],
        ["Placard site news", "en"],
        ["The strike began", "en"],
      ],
    );
    const picket = feed.entries.find((e) => e.title === "Пикет в Берлине прошёл");
    assert.equal(picket?.id, "https://placard.example.org/ru/news/both-languages");
    assert.equal(picket?.link?.href, "https://placard.example.org/ru/news/both-languages");
    assert.equal(picket?.contentType, "html");
    assert.equal(picket?.content, "<p>Пикет в Берлине прошёл: the <strong>body</strong>.</p>");
    assert.ok(feed.updated && picket?.published && picket.updated);
  });

  it("carries only sanitised HTML, whatever a post's body holds", async () => {
    const { xml } = await buildNewsFeed(db(), "en", "https://placard.example.org");
    const hostile = readAtom(xml).entries.find((e) => e.id?.endsWith("/hostile"));
    assert.ok(hostile);
    assert.doesNotMatch(hostile.content ?? "", /<script|<img|javascript:/i);
    assert.match(hostile.content ?? "", /^<p>Hello/);
    assert.equal(hostile.summary, "A & B");
  });

  it("leaves out drafts, scheduled posts and a draft campaign's news", async () => {
    const { xml } = await buildNewsFeed(db(), "en", "https://placard.example.org");
    const ids = readAtom(xml).entries.map((e) => e.id);
    for (const slug of ["unpublished", "scheduled", "draft-campaign-news"]) assert.ok(!ids.some((id) => id?.endsWith(`/${slug}`)), slug);
  });
});
