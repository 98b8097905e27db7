// @ts-check
// The map tiles' address (MAP_TILE_URL) and the origin the Content-Security-Policy must let images come
// from. Plain JavaScript because next.config.js, which builds the CSP, reads it as well as lib/env.ts:
// one rule, so the policy always allows exactly the host the map asks for (docs/decisions/029).

export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors";

/**
 * The tile address (blank: OpenStreetMap's) and its origin for img-src, with a `{s}` subdomain placeholder
 * as a wildcard (https://{s}.tile.example.org → https://*.tile.example.org); or the problem with it.
 * A path on this origin (/tiles/{z}/{x}/{y}.png, served by the same front) needs no origin: null.
 * @param {string | undefined} raw
 * @returns {{ url: string, origin: string | null } | { problem: string }}
 */
export function parseTileUrl(raw) {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_TILE_URL;
  for (const part of ["{z}", "{x}", "{y}"]) {
    if (!url.includes(part)) return { problem: `must hold {z}, {x} and {y}, e.g. ${DEFAULT_TILE_URL} (${part} is missing)` };
  }
  if (/^\/[^/\\]/.test(url)) return { url, origin: null };
  const match = /^(https?):\/\/([^/?#]+)(\/|$)/i.exec(url);
  if (!match) return { problem: `must be an http(s) address such as ${DEFAULT_TILE_URL}` };
  const scheme = match[1].toLowerCase();
  const host = match[2].toLowerCase().replace(/^\{s\}\./, "*.");
  if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/.test(host) || host.includes("{")) {
    return { problem: "names a host that is not a plain host name (only a leading {s}. placeholder is allowed before it)" };
  }
  if (scheme === "http" && !/^(localhost|127\.\d+\.\d+\.\d+)(:\d+)?$/.test(host)) {
    return { problem: "must use https:// (plain http only for a tile server on this machine)" };
  }
  return { url, origin: `${scheme}://${host}` };
}
