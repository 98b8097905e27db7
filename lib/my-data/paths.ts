// Where a supporter's own data lives (browser-safe). The emailed link opens /[locale]/my-data/open?token=…,
// whose button moves the token into a cookie; every later page and action reads the cookie, never a URL.

export const DATA_LINK_COOKIE = "placard_my_data";

export function myDataPath(locale: string, page: "" | "open" | "view" = ""): string {
  return page ? `/${locale}/my-data/${page}` : `/${locale}/my-data`;
}

export function dataLinkPath(locale: string, token: string): string {
  return `${myDataPath(locale, "open")}?token=${encodeURIComponent(token)}`;
}

export const MY_DATA_EXPORT_PATH = "/api/my-data";
