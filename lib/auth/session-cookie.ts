// next-auth's session cookie, by the names next-auth gives it (the __Secure- prefix on https origins).
// Read without a database query where only "is someone probably signed in?" matters (the site header),
// and by sign-out, which deletes the session row and the cookie.

export function sessionCookieNames(): string[] {
  return ["__Secure-next-auth.session-token", "next-auth.session-token"];
}

export function hasSessionCookie(cookies: { has(name: string): boolean }): boolean {
  return sessionCookieNames().some((name) => cookies.has(name));
}
