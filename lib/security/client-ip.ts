import { BlockList, isIP } from "node:net";

// The client's address, for rate limits. X-Forwarded-For is a list that every proxy appends to: the
// client writes whatever it likes on the left, each proxy adds the address it was reached from on the
// right. So the chain is walked from the right (the socket's peer first, then the header's entries from
// the last to the first), past our own proxies only, and the first address that is not one of ours is
// the client. Which hops are ours, the operator says in TRUSTED_PROXY (README):
//   none          no proxy: the header is ignored, the socket's peer is the client (the default);
//   1, 2, ... (one = 1)   that many proxies always stand in front: the client is that many hops back;
//   10.0.0.0/8,203.0.113.7  our proxies' addresses or ranges: every hop inside them is skipped;
//   all           an alias for the private ranges (loopback, 10/8, 172.16/12, 192.168/16, 169.254/16,
//                 fc00::/7, fe80::/10): a chain of proxies inside our own network.

export type TrustedProxy =
  | "none"
  | { kind: "hops"; hops: number }
  | { kind: "ranges"; ranges: string[] };

const PRIVATE_RANGES = ["127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "::1/128", "fc00::/7", "fe80::/10"];

/** TRUSTED_PROXY as the operator wrote it, or a sentence saying what is wrong with it. */
export function parseTrustedProxy(raw: string | undefined): TrustedProxy | { problem: string } {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "none") return "none";
  if (value === "one") return { kind: "hops", hops: 1 };
  if (value === "all") return { kind: "ranges", ranges: PRIVATE_RANGES };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) return { problem: "must be 1-10 proxy hops, none, all, or addresses/ranges such as 10.0.0.0/8,203.0.113.7" };
    return { kind: "hops", hops };
  }
  const ranges = value.split(",").map((s) => s.trim()).filter(Boolean);
  const wrong = ranges.find((range) => parseRange(range) === null);
  if (wrong !== undefined) return { problem: `names "${wrong}", which is not an address or a range such as 10.0.0.0/8 (expected none, a number of hops, all, or addresses/ranges)` };
  return { kind: "ranges", ranges };
}

export function clientIpFrom(headers: Headers, trustedProxy: TrustedProxy): string {
  // scripts/serve.mjs writes the socket's address here, over anything the client sent.
  const socket = plainAddress(headers.get("x-placard-client-ip") ?? "");
  if (!socket) return "unknown";
  if (trustedProxy === "none") return socket;
  // Nearest first: the socket's peer, then X-Forwarded-For from its right end.
  const hops = [socket, ...forwardedFor(headers).reverse()];
  if (trustedProxy.kind === "hops") {
    // That many proxies are ours; an entry that is no address ends what we can believe.
    for (let i = 1; i <= trustedProxy.hops; i++) if (!hops[i]) return hops[i - 1]!;
    return hops[trustedProxy.hops]!;
  }
  const ours = blockListOf(trustedProxy.ranges);
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i];
    if (!hop) return hops[i - 1]!; // a proxy of ours passed on something that is not an address
    if (!ours.check(hop, isIP(hop) === 6 ? "ipv6" : "ipv4")) return hop;
  }
  return hops[hops.length - 1]!; // all of them are ours: the request began inside our network
}

/** X-Forwarded-For's entries, left to right; "" where an entry is not an address. Ports are dropped. */
function forwardedFor(headers: Headers): string[] {
  const header = headers.get("x-forwarded-for");
  if (!header) return [];
  return header.split(",").map((entry) => plainAddress(entry.trim()));
}

function plainAddress(entry: string): string {
  let value = entry.replace(/^\[([^\]]+)\](:\d+)?$/, "$1"); // [2001:db8::1]:443
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":")); // 203.0.113.7:5000
  value = value.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
  return isIP(value) ? value : "";
}

function parseRange(range: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefixText] = range.split("/");
  const version = isIP(address);
  if (!version) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d+$/.test(prefixText) ? Number(prefixText) : -1;
  if (prefix < 0 || prefix > max) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

const blockLists = new Map<string, BlockList>();

function blockListOf(ranges: string[]): BlockList {
  const key = ranges.join(",");
  let list = blockLists.get(key);
  if (!list) {
    list = new BlockList();
    for (const range of ranges) {
      const parsed = parseRange(range)!;
      list.addSubnet(parsed.address, parsed.prefix, parsed.family);
    }
    blockLists.set(key, list);
  }
  return list;
}
