// Repairs package-lock.json after `npm install` on a machine whose registry lacks other platforms'
// native binaries (Next's @next/swc-*, unrs-resolver's bindings): npm then leaves their optional
// entries out of the lock, and `npm ci` refuses the lock ("Missing: … from lock file"). This adds each
// missing optional dependency back as npm itself writes it for a foreign platform (version, optional,
// os, cpu), so that `npm ci` skips it here and installs it where it belongs. Entries are kept in the
// order npm writes them (paths compared as in English), so a later `npm install` leaves the lock as it is.
// Usage: node scripts/repair-lockfile.mjs   (prints what it added)
import fs from "node:fs";

const PLATFORMS = [
  [/darwin-arm64/, "darwin", "arm64"], [/darwin-x64/, "darwin", "x64"],
  [/win32-arm64/, "win32", "arm64"], [/win32-x64/, "win32", "x64"], [/win32-ia32/, "win32", "ia32"],
  [/android-arm64/, "android", "arm64"], [/android-arm-/, "android", "arm"],
  [/freebsd-x64/, "freebsd", "x64"], [/openharmony-arm64/, "openharmony", "arm64"],
  [/linux-arm-/, "linux", "arm"], [/linux-arm64/, "linux", "arm64"], [/linux-x64/, "linux", "x64"],
  [/linux-loong64/, "linux", "loong64"], [/linux-ppc64/, "linux", "ppc64"],
  [/linux-riscv64/, "linux", "riscv64"], [/linux-s390x/, "linux", "s390x"],
];

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `node_modules/${name}`;
    const nested = path ? `${path}/node_modules/${name}` : where;
    if (lock.packages[where] || lock.packages[nested]) continue;
    const platform = PLATFORMS.find(([pattern]) => pattern.test(name));
    if (!platform) continue; // not a platform binary: leave it to npm
    const version = String(range).replace(/^[\^~=]/, "");
    lock.packages[where] = { version, cpu: [platform[2]], dev: entry.dev || undefined, optional: true, os: [platform[1]] };
    added.push(`${name}@${version}`);
  }
}
const byPath = new Intl.Collator("en").compare;
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => byPath(a, b)));
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length}: ${added.join(" ")}` : "the lock file already lists every platform binary");
