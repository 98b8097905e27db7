import { NextResponse, type NextRequest } from "next/server";
import { isLocale, negotiateLocale } from "./lib/i18n/config";

// The proxy only routes: it sends paths without a language to the visitor's language, and passes the
// path on to server components (for the language switcher) in a request header. It authorises nothing:
// every permission check sits beside its query in lib/ (see docs/decisions/004-authorisation.md).

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if (!isLocale(first)) {
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    return NextResponse.redirect(url, 307);
  }
  const headers = new Headers(request.headers);
  headers.set("x-placard-path", pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but API routes (the sign endpoint, /api/sign, among them: in a surge every signature goes
  // through it, and it needs neither a redirect nor x-placard-path), Next's own files, feeds and files
  // with an extension.
  matcher: ["/((?!api/|_next/|feeds/|favicon\\.ico|robots\\.txt|.*\\.[a-z0-9]+$).*)"],
};
