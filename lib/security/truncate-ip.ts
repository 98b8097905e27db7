import { isIP } from "node:net";

// An internet address cut down to its network: IPv4 to its /24 ("203.0.113.0/24"), IPv6 to its /48
// ("2001:db8:1::/48"), the size a provider hands one site. What is left still groups a wave of fake
// signatures from one network, but no longer points at one household (docs/decisions/019).

export function truncateIp(raw: string): string | null {
  const value = raw.trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (isIP(value) === 4) return `${value.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(value) !== 6) return null;
  const groups = expand(value).slice(0, 3).map((g) => parseInt(g, 16).toString(16));
  while (groups.length && groups[groups.length - 1] === "0") groups.pop();
  return `${groups.join(":")}::/48`;
}

/** The eight groups of an IPv6 address (an embedded IPv4 tail becomes two groups). */
function expand(value: string): string[] {
  let text = value.replace(/%.*$/, "");
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? (text.split("::") as [string, string]) : [text, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === null ? [] : new Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((g) => g || "0");
}
