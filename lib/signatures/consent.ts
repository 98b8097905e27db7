import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { translate } from "../i18n/translate";
import { ensureConsentText as ensureStoredConsentText, type ConsentTextRow } from "../consent/ensure-consent-text";

export type { ConsentTextRow };

// The consent wording shown beside the sign form, stored once per (key, version, locale) in ConsentText;
// each signature points at the row its signer saw. The text itself lives in the catalogues under
// signature.consent.v<version>. Changing the wording means adding a new key and raising the version:
// a stored row is never rewritten, so every signature keeps the exact text its signer read.

export const SIGNATURE_CONSENT_KEY = "signature";
// v2 (docs/decisions/019): being on the list handed to the addressees is a choice of its own, the
// retention of internet addresses and the "Your data" page are said.
export const SIGNATURE_CONSENT_VERSION = 2;

type Tx = PrismaClient | Prisma.TransactionClient;

export function signatureConsentWording(locale: Locale): string {
  return translate(locale, "signature.consent.v2");
}

/** The current consent text for a locale, creating its row on first use. */
export async function ensureConsentText(tx: Tx, locale: Locale): Promise<ConsentTextRow> {
  return ensureStoredConsentText(tx, { key: SIGNATURE_CONSENT_KEY, version: SIGNATURE_CONSENT_VERSION, locale, text: signatureConsentWording(locale) });
}

/** A consent row the form said it showed, if it really is a signature consent text. */
export async function findSignatureConsentText(tx: Tx, id: string): Promise<ConsentTextRow | null> {
  return tx.consentText.findFirst({ where: { id, key: SIGNATURE_CONSENT_KEY }, select: { id: true, version: true, text: true } });
}

const cache = new WeakMap<object, Map<Locale, ConsentTextRow>>();

/** ensureConsentText, remembered per database handle (a stored text never changes). For pages. */
export async function currentConsentText(db: { prisma: PrismaClient }, locale: Locale): Promise<ConsentTextRow> {
  let perLocale = cache.get(db);
  if (!perLocale) cache.set(db, (perLocale = new Map()));
  const known = perLocale.get(locale);
  if (known) return known;
  const row = await ensureConsentText(db.prisma, locale);
  perLocale.set(locale, row);
  return row;
}
