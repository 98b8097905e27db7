import { defaultLocale, isLocale, type Locale } from "../i18n/config";

// Where a person lands after signing in. Only paths on our own origin: anything else (another host,
// "//evil.example", "/\evil.example", "javascript:") falls back to the console. Pure: the browser may import it.

export function defaultCallbackPath(locale: Locale = defaultLocale): string {
  return `/${locale}/organise`;
}

/**
 * A safe path-and-query on our origin for `raw` (a relative path, or an absolute URL on `appUrl`),
 * or the console of `locale` when `raw` is missing or points anywhere else.
 */
export function safeCallbackPath(raw: string | null | undefined, appUrl: string, locale: Locale = defaultLocale): string {
  const fallback = defaultCallbackPath(locale);
  if (!raw) return fallback;
  const value = raw.trim();
  if (value === "" || /[\u0000-\u001f\\]/.test(value)) return fallback;
  let origin: string;
  try {
    origin = new URL(appUrl).origin;
  } catch {
    return fallback;
  }
  let url: URL;
  try {
    url = value.startsWith("/") && !value.startsWith("//") ? new URL(value, origin) : new URL(value);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's `redirect` callback: stay on our origin, whatever the request asked for. */
export function redirectWithinOrigin({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const path = safeCallbackPath(url, baseUrl);
  return `${new URL(baseUrl).origin}${path}`;
}

/** The locale a callback path starts with, if any ("/ru/organise" → "ru"). */
export function localeOfPath(path: string | null | undefined): Locale | null {
  if (!path) return null;
  let pathname = path;
  try {
    pathname = new URL(path, "http://placeholder.invalid").pathname;
  } catch {
    return null;
  }
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}
