import type { Database } from "../db/client";
import { env } from "../env";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { enqueueEmail } from "../mail/outbox";
import { signatureConfirmationEmail } from "../mail/templates/signature-confirmation";
import { canSign } from "../petitions/states";
import type { PetitionAddress } from "../petitions/paths";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { ensureConsentText, findSignatureConsentText } from "./consent";
import { normaliseEmail } from "./normalise-email";
import { confirmUrl, findPetitionForSigning } from "./petition-for-signing";
import { existingSignatureSelect, remindSigner } from "./reminders";
import { fieldErrorsOf, isHoneypotFilled, signatureSchema, type SignatureFieldErrors } from "./schema";
import { newConfirmationToken } from "./token";

// Signing a petition, the supporter's one step (alphagov/e-petitions' SignatureCreator, in one function):
// validate; refuse if the petition cannot be signed; store a PENDING signature and queue its confirmation
// email in one transaction. Whatever happened — first signature, the same address again, a bot's
// honeypot, too many signatures from one address — the supporter sees the same answer, so nobody can
// learn whether an address has signed, and nobody over a limit learns where the limit is.

export const RATE_LIMIT_REASON = "rate-limit";

export type SignOptions = {
  ip: string;
  locale: Locale;
  now?: Date;
  /** Defaults: env().signatureRateLimits, env().signatureTokenDays, env().appUrl. */
  limits?: Limit[];
  tokenDays?: number;
  appUrl?: string;
};

export type SignResult =
  | { ok: true; address: PetitionAddress }
  | { ok: false; reason: "invalid"; fieldErrors: SignatureFieldErrors; formError: MessageKey | null }
  | { ok: false; reason: "closed"; address: PetitionAddress }
  | { ok: false; reason: "not-found" };

export async function signPetition(db: Database, raw: unknown, options: SignOptions): Promise<SignResult> {
  const now = options.now ?? new Date();
  const settings = { limits: options.limits ?? env().signatureRateLimits, tokenDays: options.tokenDays ?? env().signatureTokenDays, appUrl: options.appUrl ?? env().appUrl };

  if (isHoneypotFilled(raw)) {
    const id = (raw as Record<string, unknown>).petitionId;
    const petition = typeof id === "string" ? await findPetitionForSigning(db, id, options.locale) : null;
    return petition ? { ok: true, address: petition.address } : { ok: false, reason: "not-found" };
  }

  const parsed = signatureSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", ...fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  const locale = options.locale;

  const petition = await findPetitionForSigning(db, input.petitionId, locale);
  if (!petition) return { ok: false, reason: "not-found" };
  if (!canSign(petition, now)) return { ok: false, reason: "closed", address: petition.address };

  const withinLimits = await isWithinRateLimits(db, petition.id, options.ip, settings.limits, now);
  const consentTextId = await consentIdFor(db, input.consentTextId, locale);
  const emailNormalised = normaliseEmail(input.email);
  const token = newConfirmationToken(now, settings.tokenDays);

  try {
    await db.prisma.$transaction(async (tx) => {
      await tx.signature.create({
        data: {
          petitionId: petition.id,
          name: input.name,
          email: input.email,
          emailNormalised,
          country: input.country,
          city: input.city,
          organisation: input.organisation,
          role: input.role,
          comment: input.comment,
          isPublic: input.isPublic,
          wantsUpdates: input.wantsUpdates,
          consentTextId,
          locale,
          isSuspect: !withinLimits,
          suspectReason: withinLimits ? null : RATE_LIMIT_REASON,
          ipAddress: options.ip,
          tokenHash: token.tokenHash,
          tokenExpiresAt: token.expiresAt,
          createdAt: now,
        },
        select: { id: true },
      });
      const email = signatureConfirmationEmail(locale, {
        name: input.name,
        petitionTitle: petition.title,
        confirmUrl: confirmUrl(settings.appUrl, locale, token.token),
        validDays: settings.tokenDays,
        isReminder: false,
      });
      await enqueueEmail(tx, { purpose: "signature-confirmation", to: input.email, ...email });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await answerDuplicate(db, { petitionId: petition.id, emailNormalised, withinLimits }, { locale, now, petition, ...settings });
  }
  return { ok: true, address: petition.address };
}

/** The same address signs the same petition again: no second row; maybe a capped reminder. */
async function answerDuplicate(
  db: Database,
  key: { petitionId: string; emailNormalised: string; withinLimits: boolean },
  context: Parameters<typeof remindSigner>[2],
): Promise<void> {
  const existing = await db.prisma.signature.findUnique({
    where: { petitionId_emailNormalised: { petitionId: key.petitionId, emailNormalised: key.emailNormalised } },
    select: { ...existingSignatureSelect, isSuspect: true, suspectReason: true },
  });
  if (!existing) return;
  // A double submission can race: if the copy over the limit was stored first, this one (within the
  // limit) stands for it, as it would have had it arrived first.
  if (key.withinLimits && existing.isSuspect && existing.suspectReason === RATE_LIMIT_REASON && existing.status === "PENDING") {
    await db.prisma.signature.updateMany({
      where: { id: existing.id, isSuspect: true, suspectReason: RATE_LIMIT_REASON, status: "PENDING" },
      data: { isSuspect: false, suspectReason: null },
    });
  }
  await remindSigner(db, existing, context);
}

/** Per address and petition, over every app instance (the counters live in the database). */
async function isWithinRateLimits(db: Database, petitionId: string, ip: string, limits: Limit[], now: Date): Promise<boolean> {
  if (limits.length === 0) return true;
  const { allowed } = await hitRateLimit(db, `sign:${petitionId}:${ip}`, limits, now);
  if (allowed) return true;
  const listed = await db.prisma.allowlistedAddress.findUnique({ where: { address: ip }, select: { id: true } });
  return listed !== null;
}

const knownConsentIds = new WeakMap<Database, Map<string, string>>();

/** The consent text the form showed (its id came with the form), else the current one for the locale. */
async function consentIdFor(db: Database, shownId: string | undefined, locale: Locale): Promise<string> {
  let cache = knownConsentIds.get(db);
  if (!cache) knownConsentIds.set(db, (cache = new Map()));
  const cacheKey = `${locale}|${shownId ?? ""}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const row = (shownId ? await findSignatureConsentText(db.prisma, shownId) : null) ?? (await ensureConsentText(db.prisma, locale));
  cache.set(cacheKey, row.id);
  return row.id;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
