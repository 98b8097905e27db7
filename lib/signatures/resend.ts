import { z } from "zod";
import type { Database } from "../db/client";
import { env } from "../env";
import { locales, type Locale } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { canConfirm } from "../petitions/states";
import { plainTextOnly } from "../forms/plain-text";
import { fieldErrorKeysFrom, type FieldErrorOptions } from "../forms/form-state";
import type { MailCaps } from "../mail/unconfirmed-mail-caps";
import { addressGroup } from "../security/address-group";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { normaliseEmail } from "./normalise-email";
import { findPetitionForSigning } from "./petition-for-signing";
import { existingSignatureSelect, remindSigner, RESEND_INTERVAL_MS } from "./reminders";

// "Send me the confirmation email again": the same answer whatever the address (nobody learns who has
// signed), limited per client address (its group: IPv6 by /64), and capped per signature like every
// reminder, and like every email to an unconfirmed address (lib/mail/unconfirmed-mail-caps.ts). A
// signature held as suspect by the rate limit gets nothing.

export const RESEND_LIMITS: Limit[] = [{ count: 5, seconds: 600 }];

export const resendSchema = plainTextOnly(z.strictObject({
  locale: z.enum(locales, "signature.errors.formInvalid" satisfies MessageKey),
  petitionId: z.string("signature.resend.petitionRequired" satisfies MessageKey).min(1, "signature.resend.petitionRequired" satisfies MessageKey).max(64),
  email: z
    .string("signature.errors.emailInvalid" satisfies MessageKey)
    .trim()
    .max(254, "signature.errors.emailInvalid" satisfies MessageKey)
    .pipe(z.email("signature.errors.emailInvalid" satisfies MessageKey)),
}));

/** How the resend form's issues are placed (lib/forms/form-state.ts): a problem outside its two fields is a forged form. */
const RESEND_FORM_ERRORS = { fields: ["email", "petitionId"], fallback: "signature.errors.formInvalid" } as const satisfies FieldErrorOptions;

export type ResendResult =
  | { ok: true }
  | { ok: false; reason: "invalid"; fieldErrors: Partial<Record<string, MessageKey>>; formError: MessageKey | null }
  | { ok: false; reason: "rate-limited" };

export async function resendConfirmation(
  db: Database,
  raw: unknown,
  { ip, locale, now = new Date(), limits = RESEND_LIMITS, mailCaps }: { ip: string; locale: Locale; now?: Date; limits?: Limit[]; mailCaps?: MailCaps },
): Promise<ResendResult> {
  const parsed = resendSchema.safeParse(raw);
  if (!parsed.success) {
    const { form, ...fieldErrors } = fieldErrorKeysFrom(parsed.error, RESEND_FORM_ERRORS);
    return { ok: false, reason: "invalid", fieldErrors, formError: form ?? null };
  }
  const { allowed } = await hitRateLimit(db, `resend:${addressGroup(ip)}`, limits, now);
  if (!allowed) return { ok: false, reason: "rate-limited" };

  const petition = await findPetitionForSigning(db, parsed.data.petitionId, locale);
  if (!petition || !canConfirm(petition, now)) return { ok: true };
  const signature = await db.prisma.signature.findUnique({
    where: { petitionId_emailNormalised: { petitionId: petition.id, emailNormalised: normaliseEmail(parsed.data.email) } },
    select: existingSignatureSelect,
  });
  if (signature) {
    const { signatureTokenDays } = env();
    await remindSigner(db, signature, { locale, now, tokenDays: signatureTokenDays, petition, ip, mailCaps }, { linkIntervalMs: RESEND_INTERVAL_MS });
  }
  return { ok: true };
}
