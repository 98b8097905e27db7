import type { Database } from "../db/client";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { canSign } from "../petitions/states";
import type { PetitionAddress } from "../petitions/paths";
import { mailCapKeys, type MailCaps } from "../mail/unconfirmed-mail-caps";
import { addressGroup } from "../security/address-group";
import type { Limit } from "../security/rate-limit";
import { findSignatureConsentText, ensureConsentText } from "./consent";
import { insertSignatureWithEmail, RATE_LIMIT_REASON } from "./insert-signature";
import { normaliseEmail } from "./normalise-email";
import { findPetitionForSigningAt, type SigningPetition } from "./petition-for-signing";
import { confirmationEmail, existingSignatureSelect, remindSigner } from "./reminders";
import { fieldErrorsOf, isHoneypotFilled, signatureSchema, type SignatureFieldErrors } from "./schema";
import { PENDING_STATE } from "./states";
import { newConfirmationToken } from "./token";

// Signing a petition, the supporter's one step (alphagov/e-petitions' SignatureCreator, in one function):
// validate; refuse if the petition cannot be signed; store a PENDING signature and queue its confirmation
// email in one statement (./insert-signature.ts). Whatever happened — first signature, the same address
// again, a bot's honeypot, too many signatures from one address — the supporter sees the same answer,
// so nobody can learn whether an address has signed, and nobody over a limit learns where the limit is.
// The answer comes as soon as the one statement has run, on every path: what a repeat signature may
// still do (look the first one up, perhaps send a reminder) is handed back as `followUp`, for the caller
// to run after answering, so that the time to answer does not tell whether the address had signed.
// The petition signed is the one at `address`, the address the form was posted to (the sign endpoint's
// query): the supporter read that page. A petition id in the form, printed by pages rendered before
// decision 022, is read and ignored, so a stale or forged one changes nothing.

export { RATE_LIMIT_REASON };

export type SignOptions = {
  ip: string;
  locale: Locale;
  now?: Date;
  /** Defaults: env().signatureRateLimits, env().signatureTokenDays, env().unconfirmedMailCaps. */
  limits?: Limit[];
  tokenDays?: number;
  mailCaps?: MailCaps;
};

/** Work that may follow the answer (a reminder for a repeat signature); it never throws. */
export type FollowUp = () => Promise<void>;

export type SignResult =
  | { ok: true; address: PetitionAddress; followUp?: FollowUp }
  | { ok: false; reason: "invalid"; fieldErrors: SignatureFieldErrors; formError: MessageKey | null }
  | { ok: false; reason: "closed"; address: PetitionAddress }
  | { ok: false; reason: "not-found" };

export async function signPetition(db: Database, address: PetitionAddress, raw: unknown, options: SignOptions): Promise<SignResult> {
  const now = options.now ?? new Date();
  const locale = options.locale;
  const settings = {
    limits: options.limits ?? env().signatureRateLimits,
    tokenDays: options.tokenDays ?? env().signatureTokenDays,
    mailCaps: options.mailCaps ?? env().unconfirmedMailCaps,
  };

  if (isHoneypotFilled(raw)) {
    const petition = await petitionFor(db, address, locale);
    return petition ? { ok: true, address: petition.address } : { ok: false, reason: "not-found" };
  }

  const parsed = signatureSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", ...fieldErrorsOf(parsed.error) };
  const { petitionId: _printedId, ...input } = parsed.data;

  const petition = await petitionFor(db, address, locale);
  if (!petition) return { ok: false, reason: "not-found" };
  if (!canSign(petition, now)) return { ok: false, reason: "closed", address: petition.address };

  const consentTextId = await consentIdFor(db, input.consentTextId, locale);
  const emailNormalised = normaliseEmail(input.email);
  const token = newConfirmationToken(now, settings.tokenDays);
  const outcome = await insertSignatureWithEmail(
    db,
    {
      ...input,
      petitionId: petition.id,
      emailNormalised,
      consentTextId,
      locale,
      ipAddress: options.ip,
      ipGroup: addressGroup(options.ip),
      tokenHash: token.tokenHash,
      tokenExpiresAt: token.expiresAt,
    },
    confirmationEmail({ to: input.email, locale, petitionTitle: petition.title, token: token.token, validDays: settings.tokenDays, isReminder: false }),
    { limits: settings.limits, mailCaps: mailCapKeys(options.ip, input.email, settings.mailCaps), now },
  );
  if (!outcome.isOpen) {
    forgetPetition(db, petition.id);
    return { ok: false, reason: "closed", address: petition.address };
  }
  if (outcome.inserted) return { ok: true, address: petition.address };
  const key = { petitionId: petition.id, emailNormalised, withinLimits: outcome.withinLimits };
  const context = { locale, now, petition, ip: options.ip, tokenDays: settings.tokenDays, mailCaps: settings.mailCaps };
  return { ok: true, address: petition.address, followUp: () => answerDuplicate(db, key, context).catch(reportFollowUpFailure) };
}

/** The same address signs the same petition again: no second row; maybe a capped reminder. */
async function answerDuplicate(
  db: Database,
  key: { petitionId: string; emailNormalised: string; withinLimits: boolean },
  context: Parameters<typeof remindSigner>[2],
): Promise<void> {
  const existing = await db.prisma.signature.findUnique({
    where: { petitionId_emailNormalised: { petitionId: key.petitionId, emailNormalised: key.emailNormalised } },
    select: existingSignatureSelect,
  });
  if (!existing) return;
  // A repeat over the rate limit sends no link to an address that has not confirmed; one that has
  // confirmed may still get its (daily, capped) "already signed" note.
  if (!key.withinLimits && existing.status === PENDING_STATE) return;
  // A double submission can race: if the copy over the limit was stored first (without an email), this
  // one (within the limit) stands for it, as it would have had it arrived first: counted, and mailed now.
  if (existing.isSuspect && existing.suspectReason === RATE_LIMIT_REASON && existing.status === "PENDING") {
    const { count } = await db.prisma.signature.updateMany({
      where: { id: existing.id, isSuspect: true, suspectReason: RATE_LIMIT_REASON, status: "PENDING" },
      data: { isSuspect: false, suspectReason: null },
    });
    if (count === 1) {
      await remindSigner(db, { ...existing, isSuspect: false, suspectReason: null }, context, { linkIntervalMs: 0 });
      return;
    }
  }
  await remindSigner(db, existing, context);
}

/** The supporter has had the answer; a failed reminder is logged by kind only (never the row or the address). */
function reportFollowUpFailure(error: unknown): void {
  const kind = error instanceof Error ? `${error.name}${"code" in error ? ` ${String(error.code)}` : ""}` : typeof error;
  console.error(`placard: the reminder after a repeat signature failed (${kind})`);
}

// Petitions asked for by every signature of a surge: titles and states, remembered for a moment. The
// statement that stores a signature checks the petition's state itself, so a petition closed a second
// ago is still refused; only its title in the email may be a second old.
const PETITION_MEMORY_MS = 2_000;
const petitions = new WeakMap<Database, Map<string, { until: number; value: SigningPetition | null }>>();

async function petitionFor(db: Database, address: PetitionAddress, locale: Locale): Promise<SigningPetition | null> {
  let memory = petitions.get(db);
  if (!memory) petitions.set(db, (memory = new Map()));
  // As JSON, so that no two addresses share a key whatever their slugs hold.
  const key = JSON.stringify([address.campaignSlug, address.petitionSlug, locale]);
  const known = memory.get(key);
  if (known && known.until > Date.now()) return known.value;
  const value = await findPetitionForSigningAt(db, address, locale);
  if (memory.size > 1000) memory.clear();
  memory.set(key, { until: Date.now() + PETITION_MEMORY_MS, value });
  return value;
}

function forgetPetition(db: Database, id: string): void {
  const memory = petitions.get(db);
  for (const [key, known] of memory ?? []) if (known.value?.id === id) memory!.delete(key);
}

const knownConsentIds = new WeakMap<Database, Map<string, string>>();
/** Consent texts are a handful per language: more entries than this means ids that were made up. */
const KNOWN_CONSENT_IDS_MAX = 64;

/**
 * The consent text the form showed (its id came with the form), else the current one for the locale.
 * Remembered only for ids that exist (and for "none"), and at most KNOWN_CONSENT_IDS_MAX of them: a forged
 * id is looked up each time and never fills the memory.
 */
async function consentIdFor(db: Database, shownId: string | undefined, locale: Locale): Promise<string> {
  let cache = knownConsentIds.get(db);
  if (!cache) knownConsentIds.set(db, (cache = new Map()));
  const cacheKey = `${locale}|${shownId ?? ""}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const shown = shownId ? await findSignatureConsentText(db.prisma, shownId) : null;
  const row = shown ?? (await ensureConsentText(db.prisma, locale));
  if (shown || !shownId) {
    if (cache.size >= KNOWN_CONSENT_IDS_MAX) cache.delete(cache.keys().next().value!);
    cache.set(cacheKey, row.id);
  }
  return row.id;
}

/** For tests: how many consent ids this database's signing path remembers. */
export function knownConsentIdCount(db: Database): number {
  return knownConsentIds.get(db)?.size ?? 0;
}
