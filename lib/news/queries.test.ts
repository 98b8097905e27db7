import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { seedPublicFixtures } from "../testing/public-fixtures";
import { getPublishedNewsPost, listFeedEntries, listPublishedNews } from "./queries";

describeOnDatabases("published news", (db) => {
  before(async () => {
    await seedPublicFixtures(db());
  });

  it("lists an English reader's news newest first, without drafts, scheduled posts or a draft campaign's news", async () => {
    const news = await listPublishedNews(db(), "en");
    assert.deepEqual(news.map((n) => n.slug), ["english-only", "both-languages", "site-news", "oldest"]);
    assert.ok(news.every((n) => n.locale === "en" && !n.isFallback));
  });

  it("gives a Russian reader the Russian version, else the default-language one marked as a fallback", async () => {
    const news = await listPublishedNews(db(), "ru");
    assert.deepEqual(
      news.map((n) => [n.slug, n.locale, n.isFallback, n.title]),
      [
        ["english-only", "en", true, "Lawyer's appeal heard"],
        ["russian-only", "ru", false, "Только по-русски"],
        ["both-languages", "ru", false, "Пикет в Берлине прошёл"],
        ["site-news", "en", true, "Placard site news"],
        ["oldest", "en", true, "The strike began"],
      ],
    );
  });

  it("does not give a German reader a post that exists only in a language that is not the default", async () => {
    const slugs = (await listPublishedNews(db(), "de")).map((n) => n.slug);
    assert.ok(!slugs.includes("russian-only"));
    assert.equal(await getPublishedNewsPost(db(), "russian-only", "de"), null);
  });

  it("opens one post in the reader's language, or the default-language version", async () => {
    const ru = await getPublishedNewsPost(db(), "both-languages", "ru");
    assert.equal(ru?.title, "Пикет в Берлине прошёл");
    assert.equal(ru?.campaign?.slug, "live-campaign");
    const de = await getPublishedNewsPost(db(), "both-languages", "de");
    assert.deepEqual([de?.locale, de?.isFallback, de?.body], ["en", true, "Berlin picket held: the **body**."]);
  });

  it("finds no draft, scheduled or draft-campaign post by its address", async () => {
    for (const slug of ["unpublished", "scheduled", "draft-campaign-news", "nothing-here"]) {
      assert.equal(await getPublishedNewsPost(db(), slug, "en"), null, slug);
    }
  });

  it("limits a campaign's list and the feed", async () => {
    const entries = await listFeedEntries(db(), "en", 2);
    assert.deepEqual(entries.map((e) => e.slug), ["english-only", "both-languages"]);
    assert.ok(entries.every((e) => e.body.length > 0));
  });
});
