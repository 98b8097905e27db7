import crypto from "node:crypto";

// Tokens that must wait in the outbox until the worker renders their email (a confirmation link, a
// sign-in link) are stored sealed: AES-256-GCM under a key derived from AUTH_SECRET. A copy of the
// database alone (a backup, a curious reader) then holds no link that works; the worker, which has the
// secret, opens the seal when it renders the email. The key never leaves the process.

const PREFIX = "sealed1.";
const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = Buffer.from(crypto.hkdfSync("sha256", secret, "placard", "outbox-token v1", 32))));
  return key;
}

export function sealToken(token: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The token inside a seal made with this secret; throws when the seal was made with another or altered. */
export function unsealToken(sealed: string, secret: string): string {
  if (!isSealedToken(sealed)) throw new Error("not a sealed token");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  if (raw.length < 12 + 16 + 1) throw new Error("sealed token is too short");
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyFor(secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
}

export function isSealedToken(value: unknown): value is string {
  return typeof value === "string" && value.startsWith(PREFIX) && /^[A-Za-z0-9_-]+$/.test(value.slice(PREFIX.length));
}
