import { isIP } from "node:net";

// The unit a per-address limit counts. One IPv4 address is one client; an IPv6 client usually holds a
// whole /64 (a home or an office gets one, and picks a new address inside it at will), so IPv6 addresses
// are grouped by their first 64 bits. IPv4 written in IPv6 form (::ffff:1.2.3.4) is the IPv4 address.

export function addressGroup(ip: string): string {
  const value = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) return mapped[1]!;
  if (isIP(value) !== 6) return value;
  return `${expandIpv6(value).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, each without leading zeros (embedded IPv4 tails become two groups). */
export function expandIpv6(value: string): string[] {
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
  return [...left, ...middle, ...right].map((group) => (parseInt(group, 16) || 0).toString(16));
}
