import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { unsubscribeFromNews } from "@/lib/news/unsubscribe";
import { unsubscribePagePath } from "@/lib/news/unsubscribe-token";

// The one-click unsubscribe of a campaign's news emails (List-Unsubscribe, RFC 8058), without signing in:
// the link's token is the authority (lib/news/unsubscribe-token.ts).
//   POST: turns the news off. A mail client's one-click post (body "List-Unsubscribe=One-Click") gets
//         200; the page's button gets 303 back to the page, which then says it is done.
//   GET:  changes nothing (mail scanners follow links): 303 to the page with the button.

export const dynamic = "force-dynamic";

const plain = (body: string, status: number) => new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });

function readQuery(request: Request) {
  const params = new URL(request.url).searchParams;
  const wanted = params.get("locale");
  return { locale: isLocale(wanted) ? wanted : defaultLocale, token: (params.get("token") ?? "").slice(0, 200) };
}

const toPage = (locale: string, token: string) =>
  new Response(null, { status: 303, headers: { Location: `${env().appUrl}${unsubscribePagePath(locale, token)}`, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });

export async function GET(request: Request): Promise<Response> {
  const { locale, token } = readQuery(request);
  return toPage(locale, token);
}

export async function POST(request: Request): Promise<Response> {
  const { locale, token } = readQuery(request);
  if (Number(request.headers.get("content-length") ?? 0) > 4096) return plain("Payload too large", 413);
  const body = (await request.text()).slice(0, 4096);
  const oneClick = new URLSearchParams(body).get("List-Unsubscribe") === "One-Click";
  const done = await unsubscribeFromNews(await getDb(), token, env().authSecret);
  if (!done) return oneClick ? plain("Not found", 404) : toPage(locale, token);
  return oneClick ? plain("Unsubscribed", 200) : toPage(locale, token);
}
