import fs from "node:fs";
import path from "node:path";

// Next fixes the response headers, the Content-Security-Policy among them, when the app is built
// (routes-manifest.json). A MAP_TILE_URL set for `npm start` but not for `npm run build` would leave the
// map's tiles refused by the browser, silently: the start checks the build allows the tiles' origin.

/** Why the build in `distDir` would refuse the map's tiles from `origin`, or null when it allows them. */
export function tileOriginProblem(distDir: string, origin: string | null): string | null {
  if (origin === null) return null;
  let policy: string | undefined;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as { headers?: { headers: { key: string; value: string }[] }[] };
    policy = manifest.headers?.flatMap((rule) => rule.headers).find((h) => h.key.toLowerCase() === "content-security-policy")?.value;
  } catch {
    return null; // no readable manifest: nothing to compare with (the start reports a missing build itself)
  }
  if (policy === undefined) return null;
  const imgSrc = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "img-src") ?? [];
  if (imgSrc.includes(origin)) return null;
  return `MAP_TILE_URL names tiles from ${origin}, but the build's Content-Security-Policy allows images from ${imgSrc.slice(1).join(" ") || "nowhere"}: run \`npm run build\` again with the same MAP_TILE_URL (docs/decisions/029)`;
}
