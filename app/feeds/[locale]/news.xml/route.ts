import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { buildNewsFeed } from "@/lib/news/feed";

// The Atom feed of one language's news. The proxy does not run for /feeds/..., so the locale is checked
// here. Feed readers poll: a short public cache, and 304 when nothing changed since their last visit.

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { xml, updated } = await buildNewsFeed(await getDb(), locale, env().appUrl);
  const lastModified = new Date(Math.floor(updated.getTime() / 1000) * 1000);
  const headers = {
    "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    "Last-Modified": lastModified.toUTCString(),
  };
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  if (!Number.isNaN(since) && lastModified.getTime() <= since) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
