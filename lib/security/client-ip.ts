import { isIP } from "node:net";

// The client's address, for rate limits. A forwarding header is believed only when the operator said
// a trusted proxy stands in front (TRUSTED_PROXY=one: the last hop of X-Forwarded-For was added by our
// proxy; all: the first address, for a chain of trusted proxies). Otherwise the header is ignored,
// because anyone can send it.

export type TrustedProxy = "none" | "one" | "all";

export function clientIpFrom(headers: Headers, trustedProxy: TrustedProxy): string {
  if (trustedProxy !== "none") {
    const chain = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => isIP(s));
    const picked = trustedProxy === "one" ? chain[chain.length - 1] : chain[0];
    if (picked) return picked;
  }
  // scripts/serve.mjs writes the socket's address here, over anything the client sent.
  const socket = (headers.get("x-placard-client-ip") ?? "").replace(/^::ffff:/, "");
  return isIP(socket) ? socket : "unknown";
}
