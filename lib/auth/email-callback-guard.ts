// Who may use a sign-in link's token: only our own confirmation page's button (a POST from our origin).
// next-auth's email callback signs in whoever sends it a valid token, on a GET or a POST from anywhere:
// another site could post a token of the attacker's own account from a victim's browser and sign the
// victim in as the attacker (login CSRF), to read what they then type. Browsers say where a form post
// comes from in Origin (and, in current browsers, Sec-Fetch-Site); nothing a page can forge.

export type EmailCallbackCheck =
  | "allowed"
  /** A GET (a link opened, a scanner): the token is shown the confirmation page instead, unused. */
  | "not-a-post"
  /** A post from another site, or one that does not say where it comes from. */
  | "not-from-our-page";

export function checkEmailCallback(method: string, headers: Headers, appUrl: string): EmailCallbackCheck {
  if (method !== "POST") return "not-a-post";
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return "not-from-our-page";
  const origin = headers.get("origin");
  if (origin !== null) return origin === new URL(appUrl).origin ? "allowed" : "not-from-our-page";
  return fetchSite === "same-origin" ? "allowed" : "not-from-our-page";
}
