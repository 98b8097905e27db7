// @ts-check
import { parseTileUrl } from "./lib/maps/tile-source.mjs";

// The Content-Security-Policy is one static policy for every response (docs/decisions/016): the public
// pages are served from Next's cache, which a nonce would turn into a render per request, and hashing
// each response's inline scripts in the HTTP front cost more than the petition page can spare. Inline
// scripts are Next's own (`self.__next_f.push(…)`, different on every page), so script-src allows
// inline scripts but no other origin and no eval; everything else is this origin only. `npm run dev`
// adds what Next's development runtime needs (eval, its websocket). Images may also come from the events
// map's tile server (MAP_TILE_URL), derived by the same rule lib/env.ts applies (lib/maps/tile-source.mjs);
// the headers are fixed when the app is built, so MAP_TILE_URL must be set for `next build` too
// (docs/decisions/029-the-events-map.md).
const isDev = process.env.NODE_ENV === "development";
const tiles = parseTileUrl(process.env.MAP_TILE_URL);
if ("problem" in tiles) throw new Error(`placard: configuration error: MAP_TILE_URL ${tiles.problem}`);
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  `img-src 'self' data:${tiles.origin ? ` ${tiles.origin}` : ""}`,
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder; pg and nodemailer are Node-only.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "nodemailer"],
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next hashes every page's whole body in JavaScript on every request to make an ETag: on the petition
  // page, the one a surge reads, that was a tenth of the server's time. Pages are served from the cache
  // and change with every few signatures anyway (docs/decisions/013).
  generateEtags: false,
  // Pages served from the cache (ISR) are kept in this process's memory only, never written into the build
  // folder: a page then lives no longer than the server that built it, which reads one database, so a
  // restart on another database (or a restored one) never serves the previous one's pages or ids
  // (docs/decisions/022). The memory cache is Next's LRU of `cacheMaxMemorySize` (50 MB by default).
  experimental: { isrFlushToDisk: false },
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
        ],
      },
    ];
  },
};

export default nextConfig;
