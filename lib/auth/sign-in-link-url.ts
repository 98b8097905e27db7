import type { Locale } from "../i18n/config";

/** The link in the sign-in email: our confirmation page, which signs in only when its button is pressed. */
export function signInLinkUrl(appUrl: string, locale: Locale, link: { email: string; token: string; callbackUrl: string }): string {
  const params = new URLSearchParams({ token: link.token, email: link.email, callbackUrl: link.callbackUrl });
  return `${appUrl}/${locale}/auth/confirm?${params}`;
}
