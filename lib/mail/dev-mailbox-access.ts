// Who may read the development mailbox: only a person at this machine. It holds every email the app
// would have sent, sign-in links among them, so anyone who reads it can sign in as anyone. The client is
// the socket's peer, and it must be loopback; a request that a proxy relayed (it arrived with a forwarding
// header) comes from elsewhere, even over loopback. scripts/serve.mjs writes both facts into headers
// (x-placard-client-ip, x-placard-relayed) over anything the client sent; without them, nobody may read.

export function isFromThisMachine(headers: Headers): boolean {
  if (headers.get("x-placard-relayed") !== "no") return false;
  const socket = (headers.get("x-placard-client-ip") ?? "").trim().toLowerCase().replace(/^::ffff:/, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(socket) || socket === "::1";
}
