import type { Database } from "../db/client";
import { stateLiteral } from "../db/state-literal";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { canConfirm } from "../petitions/states";
import { signingPetitionSelect, toSigningPetition, type SigningPetition } from "./petition-for-signing";
import { existingSignatureSelect, remindSigner, RESEND_INTERVAL_MS } from "./reminders";
import { CONFIRMED_STATE, PENDING_STATE, isTokenLive } from "./states";
import { hashToken, looksLikeToken, usedTokenHash } from "./token";

// The emailed link opens a page that only looks (inspectConfirmationLink): a mail scanner fetching it
// confirms nothing. The page's button posts to confirmSignature, which confirms in one conditional
// UPDATE, replaces the live token hash with a "used" marker (so the link works once, yet opening it again
// can say "already counted") and stamps confirmedAt with the database clock, which the counter relies on
// (docs/decisions/005-signature-counter.md).

export type LinkState =
  | { kind: "ready"; petition: SigningPetition }
  | { kind: "already"; petition: SigningPetition }
  | { kind: "expired"; petition: SigningPetition }
  | { kind: "closed"; petition: SigningPetition }
  | { kind: "invalid" };

export type ConfirmResult = { kind: "confirmed"; petition: SigningPetition } | Exclude<LinkState, { kind: "ready" }>;

type Context = { locale: Locale; now?: Date };

async function findByToken(db: Database, token: string) {
  const select = { ...existingSignatureSelect, tokenExpiresAt: true, petition: { select: signingPetitionSelect } } as const;
  const live = await db.prisma.signature.findUnique({ where: { tokenHash: hashToken(token) }, select });
  if (live) return { row: live, used: false };
  const used = await db.prisma.signature.findUnique({ where: { tokenHash: usedTokenHash(token) }, select });
  return used ? { row: used, used: true } : null;
}

/** What the link's page should show. Reads only. */
export async function inspectConfirmationLink(db: Database, token: unknown, { locale, now = new Date() }: Context): Promise<LinkState> {
  if (!looksLikeToken(token)) return { kind: "invalid" };
  const found = await findByToken(db, token);
  const petition = found && toSigningPetition(found.row.petition, locale);
  if (!found || !petition) return { kind: "invalid" };
  const { row } = found;
  if (found.used) return row.status === CONFIRMED_STATE ? { kind: "already", petition } : { kind: "invalid" };
  if (row.status !== PENDING_STATE) return { kind: "invalid" };
  if (!canConfirm(petition, now)) return { kind: "closed", petition };
  if (!isTokenLive(row, now)) return { kind: "expired", petition };
  return { kind: "ready", petition };
}

/** The button was pressed: confirm once, or say politely why not. */
export async function confirmSignature(db: Database, token: unknown, context: Context): Promise<ConfirmResult> {
  const state = await inspectConfirmationLink(db, token, context);
  if (state.kind !== "ready") return state;
  const updated = await db.sql.query<{ id: string }>(
    `UPDATE "Signature"
        SET status = ${stateLiteral(CONFIRMED_STATE)}, "confirmedAt" = (clock_timestamp() AT TIME ZONE 'UTC'), "tokenHash" = $2, "tokenExpiresAt" = NULL
      WHERE "tokenHash" = $1 AND status = ${stateLiteral(PENDING_STATE)}
      RETURNING id`,
    [hashToken(token as string), usedTokenHash(token as string)],
  );
  // Nothing updated: a second press (or another tab) confirmed it a moment ago.
  return updated.length === 1 ? { kind: "confirmed", petition: state.petition } : { kind: "already", petition: state.petition };
}

/** "Send me a new link" from an expired link's page: the token proves who asks. Capped like any reminder. */
export async function resendForExpiredLink(db: Database, token: unknown, { locale, now = new Date(), ip }: Context & { ip: string }): Promise<void> {
  if (!looksLikeToken(token)) return;
  const found = await findByToken(db, token);
  const petition = found && !found.used ? toSigningPetition(found.row.petition, locale) : null;
  if (!found || !petition || found.row.status !== PENDING_STATE || !canConfirm(petition, now)) return;
  const { signatureTokenDays } = env();
  await remindSigner(db, found.row, { locale, now, tokenDays: signatureTokenDays, petition, ip }, { linkIntervalMs: RESEND_INTERVAL_MS });
}
