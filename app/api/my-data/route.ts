import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { DATA_LINK_MINUTES } from "@/lib/my-data/data-link";
import { findDataSession } from "@/lib/my-data/data-link";
import { findMyData } from "@/lib/my-data/find-my-data";
import { DATA_LINK_COOKIE } from "@/lib/my-data/paths";

// The supporter's data as a JSON download, for the browser holding an opened data link (its cookie is
// SameSite=Strict: another site cannot make the browser fetch it). Never cached.
export async function GET(request: Request): Promise<Response> {
  const wanted = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(wanted) ? wanted : defaultLocale;
  const db = await getDb();
  const session = await findDataSession(db, (await cookies()).get(DATA_LINK_COOKIE)?.value);
  const headers = { "cache-control": "no-store", "referrer-policy": "no-referrer" };
  if (!session) return new Response(`${getTranslator(locale)("myData.invalidBody", { minutes: DATA_LINK_MINUTES })}\n`, { status: 403, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
  const data = await findMyData(db, session, locale);
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), address: session.emailNormalised, ...data }, null, 2);
  return new Response(body, {
    headers: { ...headers, "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="my-data.json"' },
  });
}
