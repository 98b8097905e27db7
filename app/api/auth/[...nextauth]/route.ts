import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { localeOfPath } from "@/lib/auth/callback-url";
import { checkEmailCallback } from "@/lib/auth/email-callback-guard";
import { getAuthOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { negotiateLocale, type Locale } from "@/lib/i18n/config";

// next-auth's endpoints. What we use: callback/email (the confirmation page's button posts here),
// error (redirects to our localized error page), session and csrf. next-auth's own "send me a link"
// POST (signin/email) is refused: links are requested through our form (lib/auth/actions.ts), which
// answers the same for known and unknown addresses and mails through the outbox. callback/email takes
// only a POST from our own confirmation page (lib/auth/email-callback-guard.ts): a GET is shown that page,
// a post from elsewhere is refused before next-auth sees it, and its token stays usable.

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  const locale = localeOf(request);
  if (request.method === "POST" && nextauth[0] === "signin") {
    return NextResponse.redirect(new URL(`/${locale}/auth/sign-in`, request.nextUrl), 303);
  }
  if (nextauth[0] === "callback" && nextauth[1] === "email") {
    const check = checkEmailCallback(request.method, request.headers, env().appUrl);
    if (check === "not-a-post") {
      const confirm = new URL(`/${locale}/auth/confirm`, env().appUrl);
      for (const name of ["token", "email", "callbackUrl"]) {
        const value = request.nextUrl.searchParams.get(name);
        if (value !== null) confirm.searchParams.set(name, value);
      }
      return NextResponse.redirect(confirm, 303);
    }
    if (check === "not-from-our-page") return NextResponse.redirect(new URL(`/${locale}/auth/error?error=NotFromOurPage`, env().appUrl), 303);
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
