import type { Locale } from "../i18n/config";

/** The page an invitation's link opens: it shows what it invites to; its button joins the team. */
export function invitationPath(locale: Locale, token: string): string {
  return `/${locale}/auth/invitation/${encodeURIComponent(token)}`;
}
