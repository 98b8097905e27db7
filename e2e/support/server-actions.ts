import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Every server action and route handler of the build, listed from Next's own manifests and from the
// source, and a server action called over HTTP the way React calls it from a form with JavaScript: a POST
// to a page that renders the form, the action's id in the Next-Action header, and the arguments in
// React's reply encoding (a FormData argument as "$K1" whose fields are sent as "_1_<name>", then the
// field "0", the argument list). Next reads the header in server/lib/server-action-request-meta.js.

export type BuiltAction = { id: string; module: string; name: string; page: string };

/** Where the build's manifests are (NEXT_DIST_DIR, as for `next build`). */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR ?? ".next";
}

/** The server actions in the build: id, source module, exported name, and a page path that renders it. */
export function builtActions(dir = distDir()): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    module: entry.filename,
    name: entry.exportedName,
    page: pagePathOf(Object.keys(entry.workers).sort()[0]!),
  }));
}

/** The route handlers in the build, as route patterns ("/api/sign", "/[locale]/organise/.../signatures.csv"). */
export function builtRoutes(dir = distDir()): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => key.endsWith("/route"))
    .map((key) => key.slice(0, -"/route".length))
    .sort();
}

/** "module#name" of every export of every "use server" file under lib/ and app/. */
export function sourceActions(root = process.cwd()): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(root, ["lib", "app"], /\.tsx?$/)) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    if (!/^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(text)) continue;
    for (const match of text.matchAll(/^export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+)([A-Za-z0-9_$]+)/gm)) found.push(`${file}#${match[1]}`);
    for (const match of text.matchAll(/^export\s*\{([^}]*)\}/gm)) {
      for (const part of match[1]!.split(",")) if (part.trim()) found.push(`${file}#${part.trim().split(/\s+as\s+/).pop()}`);
    }
  }
  return found.sort();
}

/** The route pattern of every app/**\/route.ts (route groups left out, as Next does). */
export function sourceRoutes(root = process.cwd()): string[] {
  return sourceFiles(root, ["app"], /(^|\/)route\.tsx?$/)
    .map((file) => `/${file.split("/").slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`)
    .sort();
}

function sourceFiles(root: string, dirs: string[], pattern: RegExp): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(rel);
      } else if (pattern.test(rel) && !/\.test\.tsx?$/.test(rel)) files.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}

/** The demo data's path segments, for turning a page's route pattern into an address. */
const DEMO_SEGMENTS: Record<string, string> = { locale: "en", campaign: "zhanaozen", petition: "justice-for-zhanaozen", slug: "x" };

function pagePathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith("[") ? (DEMO_SEGMENTS[s.replace(/[[\].]/g, "")] ?? "x") : s));
  return `/${segments.join("/")}`;
}

/** How an action takes its arguments: values bound by the page, then the previous state (useActionState), then the form. */
export type ActionShape = { bound?: string[]; state?: boolean };

export type ActionAnswer = { status: number; redirect: string; notFoundAction: boolean; body: string };

export async function callAction(
  baseUrl: string,
  action: BuiltAction,
  shape: ActionShape,
  fields: Record<string, string | string[]>,
  sessionToken?: string,
): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(`_1_${name}`, one);
  // Last, as React sends it: the server decodes the arguments as soon as this field arrives.
  form.append("0", JSON.stringify([...(shape.bound ?? []), ...(shape.state ? [{}] : []), "$K1"]));
  const response = await fetch(new URL(action.page, baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      Origin: new URL(baseUrl).origin,
      "X-Forwarded-For": randomClientIp(),
      ...(sessionToken ? { Cookie: `next-auth.session-token=${sessionToken}` } : {}),
    },
    body: form,
  });
  return {
    status: response.status,
    redirect: response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "",
    notFoundAction: response.headers.get("x-nextjs-action-not-found") === "1",
    body: await response.text(),
  };
}

/** Refused: sent to sign in, "not found", or an error state; null when the action went through. */
export function refusalOf(answer: { status: number; redirect: string }): "sign-in" | "not-found" | "error" | null {
  if (/\/auth\/sign-in/.test(answer.redirect)) return "sign-in";
  if (answer.status === 404) return "not-found";
  if (answer.status >= 400) return "error";
  return null;
}

export function randomClientIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${(b[2]! % 250) + 2}`;
}
