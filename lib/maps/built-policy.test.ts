import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tileOriginProblem } from "./built-policy";

// The start refuses a MAP_TILE_URL the build's policy would block, naming both and the way out.

function buildWith(imgSrc: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-build-"));
  const policy = `default-src 'self'; ${imgSrc}; font-src 'self'`;
  fs.writeFileSync(path.join(dir, "routes-manifest.json"), JSON.stringify({ headers: [{ source: "/:path*", headers: [{ key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: policy }] }] }));
  return dir;
}

describe("the build's policy and the map's tiles", () => {
  it("lets the server start when the build allows the tiles' origin, or when the tiles come from this origin", () => {
    assert.equal(tileOriginProblem(buildWith("img-src 'self' data: https://tile.openstreetmap.org"), "https://tile.openstreetmap.org"), null);
    assert.equal(tileOriginProblem(buildWith("img-src 'self' data:"), null), null);
  });

  it("names the origin, what the build allows, and the rebuild, when MAP_TILE_URL changed after the build", () => {
    assert.equal(
      tileOriginProblem(buildWith("img-src 'self' data: https://tile.openstreetmap.org"), "https://*.tiles.example.org"),
      "MAP_TILE_URL names tiles from https://*.tiles.example.org, but the build's Content-Security-Policy allows images from 'self' data: https://tile.openstreetmap.org: run `npm run build` again with the same MAP_TILE_URL (docs/decisions/029)",
    );
  });

  it("says nothing without a build to read (the start reports that itself)", () => {
    assert.equal(tileOriginProblem(path.join(os.tmpdir(), "placard-no-such-build"), "https://tiles.example.org"), null);
  });
});
