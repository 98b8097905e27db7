import type { Locale } from "../i18n/config";

/** The page an invitation's link opens: it asks the invited address to sign in, then joins the team. */
export function invitationPath(locale: Locale, token: string): string {
  return `/${locale}/organise/invitations/${encodeURIComponent(token)}`;
}
