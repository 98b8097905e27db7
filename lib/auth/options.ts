import type { AuthOptions } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import type { Database } from "../db/client";
import { getDb } from "../db";
import { defaultLocale, type Locale } from "../i18n/config";
import { redirectWithinOrigin } from "./callback-url";
import { authConfig, SIGN_IN_LINK_MAX_AGE_SECONDS, type AuthConfig } from "./config";
import { lazyPrismaAdapter } from "./adapter";
import { isKnownSignInAddress, promoteListedAdmin } from "./roles";

// next-auth 4 options: email magic links, database sessions through @auth/prisma-adapter.
// next-auth only *checks* links here (/api/auth/callback/email); links are made and mailed by
// ./request-link.ts through the outbox, so that unknown addresses get nothing and the same page.
// See docs/decisions/ for the whole flow.

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function buildAuthOptions(options: { db: () => Promise<Database>; config: AuthConfig; locale?: Locale }): AuthOptions {
  const { config } = options;
  const locale = options.locale ?? defaultLocale;
  return {
    secret: config.secret,
    adapter: lazyPrismaAdapter(async () => (await options.db()).prisma),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    providers: [
      emailProvider(),
    ],
    pages: {
      signIn: `/${locale}/auth/sign-in`,
      verifyRequest: `/${locale}/auth/check-email`,
      error: `/${locale}/auth/error`,
      signOut: `/${locale}/organise`,
    },
    callbacks: {
      // A second check when the link is used: the address must still belong to someone we know.
      async signIn({ user, email }) {
        if (email?.verificationRequest) return false;
        return Boolean(user.email) && isKnownSignInAddress(await options.db(), user.email!, config);
      },
      redirect: redirectWithinOrigin,
    },
    events: {
      async signIn({ user }) {
        if (user.email) await promoteListedAdmin(await options.db(), user.email, config);
      },
    },
  };
}

/**
 * next-auth's email provider, written out rather than built with next-auth/providers/email (which
 * would pull nodemailer into next-auth's own, unused sending path). next-auth's POST
 * /api/auth/signin/email is refused by the route handler; if it ever ran, it must not send mail
 * outside the outbox.
 */
function emailProvider(): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    server: {},
    from: "",
    maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
    sendVerificationRequest: () => {
      throw new Error("sign-in links are sent by lib/auth/request-link.ts");
    },
    options: {},
  };
}

/** The app's options. next-auth finds its own origin only in NEXTAUTH_URL: we give it APP_URL. */
export function getAuthOptions(locale: Locale = defaultLocale): AuthOptions {
  const config = authConfig();
  process.env.NEXTAUTH_URL = config.appUrl;
  return buildAuthOptions({ db: getDb, config, locale });
}
