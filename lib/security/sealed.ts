import crypto from "node:crypto";

// A small value sealed for a cookie: AES-256-GCM with a key derived from AUTH_SECRET for one purpose
// (`info`), bound to `aad` (the path it is for), with an expiry inside. What a form without JavaScript
// carries across a 303 to the page that shows its errors (lib/signatures/correction.ts,
// lib/events/report-correction.ts). Opening fails (null) when it is expired, altered, or not ours.

type Sealing = { secret: string; info: string; aad: string; now?: number };

const keys = new Map<string, Buffer>();
function keyFor(secret: string, info: string): Buffer {
  const id = `${info}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) keys.set(id, (key = Buffer.from(crypto.hkdfSync("sha256", secret, "placard", info, 32))));
  return key;
}

export function seal(value: unknown, maxAgeSeconds: number, { secret, info, aad, now = Date.now() }: Sealing): string {
  const payload = JSON.stringify({ exp: now + maxAgeSeconds * 1000, value });
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(secret, info), iv);
  cipher.setAAD(Buffer.from(aad));
  return Buffer.concat([iv, cipher.update(payload, "utf8"), cipher.final(), cipher.getAuthTag()]).toString("base64url");
}

export function unseal(sealed: string | undefined, maxLength: number, { secret, info, aad, now = Date.now() }: Sealing): unknown {
  if (!sealed || sealed.length > maxLength) return null;
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 12 + 16) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", keyFor(secret, info), bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const payload = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
    const data = JSON.parse(payload) as { exp?: unknown; value?: unknown };
    if (typeof data.exp !== "number" || data.exp < now) return null;
    return data.value ?? null;
  } catch {
    return null; // wrong key, altered bytes or not ours
  }
}

/**
 * Seals what `payload` makes of `values`, leaving out the longest of them until the result fits in
 * `maxLength` (a cookie holds about 4 kB): the messages it carries matter more than a very long answer.
 */
export function sealFitting(values: Record<string, string>, payload: (kept: Record<string, string>) => unknown, maxLength: number, maxAgeSeconds: number, sealing: Sealing): string {
  const kept = { ...values };
  for (;;) {
    const sealed = seal(payload(kept), maxAgeSeconds, sealing);
    const longest = Object.keys(kept).sort((a, b) => kept[b]!.length - kept[a]!.length)[0];
    if (sealed.length <= maxLength || !longest) return sealed;
    delete kept[longest];
  }
}
