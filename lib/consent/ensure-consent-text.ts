import type { Prisma, PrismaClient } from "../generated/prisma/client";

// A consent wording is stored once per (key, version, locale) and never rewritten: each signature or
// sponsor points at the exact text its author saw. Creating it is race-free and safe inside a
// transaction: INSERT … ON CONFLICT DO NOTHING (createMany + skipDuplicates), then read it back.

export type ConsentTextRow = { id: string; version: number; text: string };

type Tx = PrismaClient | Prisma.TransactionClient;

export async function ensureConsentText(
  tx: Tx,
  wording: { key: string; version: number; locale: string; text: string },
): Promise<ConsentTextRow> {
  const { key, version, locale } = wording;
  const select = { id: true, version: true, text: true } as const;
  const found = await tx.consentText.findUnique({ where: { key_version_locale: { key, version, locale } }, select });
  if (found) return found;
  await tx.consentText.createMany({ data: [wording], skipDuplicates: true });
  return tx.consentText.findUniqueOrThrow({ where: { key_version_locale: { key, version, locale } }, select });
}
