// Who may read the development mailbox: only a person at this machine. It holds every email the app
// would have sent, sign-in links among them, so anyone who reads it can sign in as anyone. The client is
// the socket's peer (scripts/serve.mjs writes it into x-placard-client-ip, over anything the client sent);
// a request that a proxy relayed (any forwarding header) comes from elsewhere, even over loopback.

const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "via"];

export function isFromThisMachine(headers: Headers): boolean {
  if (FORWARDING_HEADERS.some((name) => headers.has(name))) return false;
  const socket = (headers.get("x-placard-client-ip") ?? "").trim().toLowerCase().replace(/^::ffff:/, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(socket) || socket === "::1";
}
