import { isIP } from "node:net";
import { expandIpv6 } from "./address-group";

// An internet address cut down to its network: IPv4 to its /24 ("203.0.113.0/24"), IPv6 to its /48
// ("2001:db8:1::/48"), the size a provider hands one site. What is left still groups a wave of fake
// signatures from one network, but no longer points at one household (docs/decisions/019).

export function truncateIp(raw: string): string | null {
  const value = raw.trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (isIP(value) === 4) return `${value.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(value) !== 6) return null;
  const groups = expandIpv6(value).slice(0, 3);
  while (groups.length && groups[groups.length - 1] === "0") groups.pop();
  return `${groups.join(":")}::/48`;
}
