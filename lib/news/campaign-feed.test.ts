import { it } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { openPetition } from "../signatures/fixtures";
import { describeOnDatabases } from "../testing/db";
import { buildCampaignNewsFeed } from "./feed";
import { createNewsPost, createNewsPostSchema, setNewsPublished } from "./write-news";

// A campaign's own Atom feed: its published posts only (not other campaigns', never drafts), and none at
// all for a campaign that is still a draft.

describeOnDatabases("a campaign's news feed", (db) => {
  it("holds the campaign's published posts, not its drafts nor another campaign's, and a draft campaign has none", async () => {
    const mine = await openPetition(db());
    const other = await openPetition(db());
    const t = crypto.randomBytes(3).toString("hex");
    const write = (campaignId: string, slug: string, title: string) =>
      db().prisma.$transaction((tx) => createNewsPost(tx, campaignId, createNewsPostSchema.parse({ slug, postLocale: "en", kind: "INTERVIEW", title, summary: "Said.", body: "A **bold** claim & more." })));
    await write(mine.campaignId, `published-${t}`, `Published ${t}`);
    await write(mine.campaignId, `draft-${t}`, `Draft ${t}`);
    await write(other.campaignId, `other-${t}`, `Other ${t}`);
    for (const [campaignId, slug] of [[mine.campaignId, `published-${t}`], [other.campaignId, `other-${t}`]] as const) {
      await db().prisma.$transaction((tx) => setNewsPublished(tx, campaignId, { slug, postLocale: "en" }, true, new Date(Date.now() - 1000)));
    }
    const feed = (await buildCampaignNewsFeed(db(), "ru", "https://placard.example.org", mine.campaignSlug))!;
    assert.match(feed.xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ru">/);
    assert.match(feed.xml, new RegExp(`<link rel="self" type="application/atom\\+xml" href="https://placard.example.org/feeds/ru/campaigns/${mine.campaignSlug}/news.xml"/>`));
    assert.match(feed.xml, /<title type="text">Справедливость для нефтяников Жанаозена · Новости<\/title>/);
    assert.equal(feed.xml.match(/<entry/g)?.length, 1);
    assert.match(feed.xml, new RegExp(`<entry xml:lang="en">\\s+<id>https://placard.example.org/ru/news/published-${t}</id>`), "the English post, marked as English");
    assert.match(feed.xml, /<content type="html">&lt;p&gt;A &lt;strong&gt;bold&lt;\/strong&gt; claim &amp;amp; more.&lt;\/p&gt;/, "the Markdown, rendered, escaped once more for XML");
    assert.doesNotMatch(feed.xml, new RegExp(`Draft ${t}|Other ${t}`));

    await db().prisma.campaign.update({ where: { id: mine.campaignId }, data: { status: "DRAFT" } });
    assert.equal(await buildCampaignNewsFeed(db(), "en", "https://placard.example.org", mine.campaignSlug), null);
  });
});
