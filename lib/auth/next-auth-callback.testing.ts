import { createRequire } from "node:module";
import path from "node:path";
import type { Database } from "../db/client";
import type { AuthConfig } from "./config";
import { buildAuthOptions } from "./options";

// For tests: runs next-auth's real email callback (what the confirmation page's button posts to),
// in-process, against a test database. next-auth 4 does not export its core, so it is loaded by path.

type CallbackResult = { redirect?: string; cookies?: { name: string; value: string }[] };
type AuthHandler = (params: { req: Record<string, unknown>; options: unknown }) => Promise<CallbackResult>;

const require = createRequire(import.meta.url);
const core = require(path.join(path.dirname(require.resolve("next-auth")), "core", "index.js")) as { AuthHandler: AuthHandler };

export async function pressSignInButton(
  db: Database,
  config: AuthConfig,
  link: { token: string; email: string; callbackUrl?: string },
): Promise<{ signedIn: boolean; redirect: string; sessionToken: string | null }> {
  process.env.NEXTAUTH_URL = config.appUrl; // next-auth's origin, as getAuthOptions() sets it in the app
  const result = await core.AuthHandler({
    req: {
      action: "callback",
      providerId: "email",
      method: "POST",
      query: { token: link.token, email: link.email, ...(link.callbackUrl ? { callbackUrl: link.callbackUrl } : {}) },
      body: {},
      cookies: {},
      headers: { host: new URL(config.appUrl).host },
    },
    options: buildAuthOptions({ db: async () => db, config }),
  });
  const session = result.cookies?.find((c) => c.name.endsWith("next-auth.session-token") && c.value);
  return { signedIn: Boolean(session), redirect: result.redirect ?? "", sessionToken: session?.value ?? null };
}
