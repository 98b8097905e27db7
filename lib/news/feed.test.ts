import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { readAtom } from "../testing/atom-reader";
import { seedPublicFixtures } from "../testing/public-fixtures";
import { buildNewsFeed } from "./feed";
import { seedDemo } from "../seed/demo";
import { news } from "../seed/content/news";

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

describeOnDatabases("the Atom feed's dates", (db) => {
  it("dates each entry by its own publication or last edit, not by when the demo was loaded", async () => {
    await seedDemo(db(), { onlyIfEmpty: true });
    const posts = await db().prisma.newsPost.findMany({ where: { locale: "en", status: "PUBLISHED" }, select: { slug: true, publishedAt: true } });
    assert.equal(posts.length, news.length, "every demo post has an English text");
    const byId = (xml: string) => new Map(readAtom(xml).entries.map((e) => [e.id, e]));
    const entries = byId((await buildNewsFeed(db(), "en", "https://placard.example.org")).xml);
    for (const post of posts) {
      const entry = entries.get(`https://placard.example.org/en/news/${post.slug}`);
      assert.equal(entry?.updated, post.publishedAt!.toISOString(), post.slug);
      assert.equal(entry?.published, post.publishedAt!.toISOString(), post.slug);
    }

    const edited = posts[0]!;
    const before = Date.now();
    await db().prisma.newsPost.update({ where: { slug_locale: { slug: edited.slug, locale: "en" } }, data: { title: "Corrected title" } });
    const after = byId((await buildNewsFeed(db(), "en", "https://placard.example.org")).xml).get(`https://placard.example.org/en/news/${edited.slug}`);
    assert.ok(Date.parse(after!.updated!) >= before, "an edit moves <updated> to the time of the edit");
    assert.equal(after!.published, edited.publishedAt!.toISOString(), "and leaves <published> alone");
  });
});
