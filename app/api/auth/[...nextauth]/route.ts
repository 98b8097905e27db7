import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { localeOfPath } from "@/lib/auth/callback-url";
import { getAuthOptions } from "@/lib/auth/options";
import { negotiateLocale, type Locale } from "@/lib/i18n/config";

// next-auth's endpoints. What we use: callback/email (the confirmation page's button posts here),
// error (redirects to our localized error page), session and csrf. next-auth's own "send me a link"
// POST (signin/email) is refused: links are requested through our form (lib/auth/actions.ts), which
// answers the same for known and unknown addresses and mails through the outbox.

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  const locale = localeOf(request);
  if (request.method === "POST" && nextauth[0] === "signin") {
    return NextResponse.redirect(new URL(`/${locale}/auth/sign-in`, request.nextUrl), 303);
  }
  return NextAuth(request, { params: { nextauth } }, getAuthOptions(locale));
}

/** The language of the page that sent the person here: from the callback URL, else the browser's. */
function localeOf(request: NextRequest): Locale {
  const fromQuery = localeOfPath(request.nextUrl.searchParams.get("callbackUrl"));
  if (fromQuery) return fromQuery;
  const cookie = request.cookies.get("__Secure-next-auth.callback-url") ?? request.cookies.get("next-auth.callback-url");
  return localeOfPath(cookie?.value) ?? negotiateLocale(request.headers.get("accept-language"));
}

export { handle as GET, handle as POST };
