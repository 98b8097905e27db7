import crypto from "node:crypto";

// The one-click unsubscribe link of a news email (RFC 8058): it names one signature by its id and proves
// that Placard wrote it with an HMAC under a key derived from AUTH_SECRET. No address in it, nothing
// stored: the worker computes it when it renders the email, so the database alone holds no working link.
// It does not expire (a reader may unsubscribe from an old email), and it only ever turns news off.

const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = Buffer.from(crypto.hkdfSync("sha256", secret, "placard", "news-unsubscribe v1", 32))));
  return key;
}

const mac = (signatureId: string, secret: string) => crypto.createHmac("sha256", keyFor(secret)).update(signatureId).digest("base64url").slice(0, 32);

export function unsubscribeToken(signatureId: string, secret: string): string {
  return `${signatureId}.${mac(signatureId, secret)}`;
}

/** The signature id the token names, or null when the token is not one this secret made. */
export function signatureIdFromToken(token: string, secret: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const [, id, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(id, secret));
  return crypto.timingSafeEqual(expected, Buffer.from(given)) ? id : null;
}

export function unsubscribeApiPath(locale: string, token: string): string {
  return `/api/news/unsubscribe?${new URLSearchParams({ locale, token })}`;
}

export function unsubscribePagePath(locale: string, token: string): string {
  return `/${locale}/news/unsubscribe?${new URLSearchParams({ token })}`;
}
