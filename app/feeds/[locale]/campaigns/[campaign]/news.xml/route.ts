import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { buildCampaignNewsFeed } from "@/lib/news/feed";

// The Atom feed of one campaign's news in one language, beside the site's (/feeds/<locale>/news.xml).
// Drafts, and every post of a draft campaign, never appear (lib/news/queries.ts). Same caching as the site feed.

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; campaign: string }> }): Promise<Response> {
  const { locale, campaign } = await params;
  if (!isLocale(locale) || !/^[a-z0-9-]{1,80}$/.test(campaign)) return notFound();
  const built = await buildCampaignNewsFeed(await getDb(), locale, env().appUrl, campaign);
  if (!built) return notFound();
  const lastModified = new Date(Math.floor(built.updated.getTime() / 1000) * 1000);
  const headers = {
    "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    "Last-Modified": lastModified.toUTCString(),
  };
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  if (!Number.isNaN(since) && lastModified.getTime() <= since) return new Response(null, { status: 304, headers });
  return new Response(built.xml, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
