import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { translate } from "../i18n/translate";
import { ensureConsentText } from "../consent/ensure-consent-text";

// The agreement a sponsor ticks, stored once per (key, version, locale) in ConsentText; each sponsor
// row points at the text its author saw. The wording lives in the catalogues at sponsors.consent.text.
// Changing the wording means raising SPONSOR_CONSENT_VERSION in the same change: a stored row is never
// rewritten, so every sponsor keeps the exact text its author read. (Same design as
// lib/signatures/consent.ts, under its own key.)

export const SPONSOR_CONSENT_KEY = "sponsor";
export const SPONSOR_CONSENT_VERSION = 1;

type Tx = PrismaClient | Prisma.TransactionClient;

export function sponsorConsentWording(locale: Locale): string {
  return translate(locale, "sponsors.consent.text");
}

/** The id of the current sponsor consent text in this locale, creating its row on first use. */
export async function ensureSponsorConsentText(tx: Tx, locale: Locale): Promise<string> {
  const row = await ensureConsentText(tx, { key: SPONSOR_CONSENT_KEY, version: SPONSOR_CONSENT_VERSION, locale, text: sponsorConsentWording(locale) });
  return row.id;
}
