import { z } from "zod";
import { reslotWaitingLetters } from "../letters/delivery-control";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { ActionRefusal } from "../organise/action-refusal";
import type { Translator } from "../i18n/translate";
import { readTargetsCsv, targetCsvSelect, targetsToCsv, writeTargetRows } from "./directory-csv";

// The campaign's directory in the console: what organisers who hold "targets.edit" see and change. The
// capability is in every query's where; an organiser of another campaign reads and writes nothing here.

type Actor = Pick<CurrentUser, "id" | "role">;

export type DirectoryEntry = {
  id: string;
  slug: string;
  kind: string;
  name: string;
  country: string;
  city: string | null;
  emails: number;
  phones: number;
  officeHours: string | null;
  timeZone: string | null;
  pausedAt: Date | null;
  failingEmails: string[];
};

export async function getDirectory(db: Database, actor: Actor, campaignId: string) {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "targets.edit")] },
    select: {
      id: true, slug: true, fallbackTargetId: true, letterHourlyCap: true,
      targets: {
        orderBy: [{ country: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, kind: true, name: true, country: true, city: true, emails: true, phones: true, officeHours: true, timeZone: true, pausedAt: true, failingEmails: true },
      },
    },
  });
  if (!campaign) return null;
  const entries: DirectoryEntry[] = campaign.targets.map((t) => ({ ...t, emails: t.emails.length, phones: t.phones.length }));
  return { campaign: { id: campaign.id, slug: campaign.slug, fallbackTargetId: campaign.fallbackTargetId, letterHourlyCap: campaign.letterHourlyCap }, entries };
}

export async function exportDirectoryCsv(db: Database, actor: Actor, campaignSlug: string): Promise<string | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ slug: campaignSlug }, campaignWhereCan(actor, "targets.edit")] },
    select: { targets: { orderBy: [{ country: "asc" }, { slug: "asc" }], select: targetCsvSelect } },
  });
  return campaign ? targetsToCsv(campaign.targets) : null;
}

export const importTargetsSchema = z.strictObject({ csv: z.string().min(1, "targetDirectory.errors.csvEmpty").max(500_000, "targetDirectory.errors.tooLong") });

/** Imports the whole file or nothing; a refusal lists every bad row by its line. */
export async function importTargets(tx: Prisma.TransactionClient, campaignId: string, csv: string, t: Translator) {
  const read = readTargetsCsv(csv);
  if (!read.ok) {
    const lines = read.problems.map((p) => t("targetDirectory.problem", { line: p.line, field: p.field || "—", message: t(p.message as never) })).join(" · ");
    throw new ActionRefusal("targetDirectory.importRefused", "csv", { count: read.problems.length, problems: lines });
  }
  const written = await writeTargetRows(tx, campaignId, read.rows);
  // Caps and office hours may have changed: the letters waiting take their slots under the new ones.
  await reslotWaitingLetters(tx, campaignId);
  return written;
}

export const letterSettingsSchema = z.strictObject({
  fallbackTargetId: z.string().max(60),
  letterHourlyCap: z.coerce.number("targetDirectory.errors.hourlyCap").int("targetDirectory.errors.hourlyCap").min(1, "targetDirectory.errors.hourlyCap").max(1000, "targetDirectory.errors.hourlyCap"),
});

export async function saveLetterSettings(tx: Prisma.TransactionClient, campaignId: string, input: z.output<typeof letterSettingsSchema>, now = new Date()) {
  let fallbackTargetId: string | null = null;
  if (input.fallbackTargetId) {
    const target = await tx.target.findFirst({ where: { id: input.fallbackTargetId, campaignId }, select: { id: true } });
    if (!target) throw new ActionRefusal("targetDirectory.errors.targetUnknown", "fallbackTargetId");
    fallbackTargetId = target.id;
  }
  await tx.campaign.update({ where: { id: campaignId }, data: { fallbackTargetId, letterHourlyCap: input.letterHourlyCap } });
  await reslotWaitingLetters(tx, campaignId, now);
}

export const deleteTargetSchema = z.strictObject({ targetId: z.string().min(1).max(60) });

/** Removes a target no letter, petition or call refers to; one with history is kept (its deliveries tell what reached it). */
export async function deleteTarget(tx: Prisma.TransactionClient, campaignId: string, targetId: string) {
  const target = await tx.target.findFirst({
    where: { id: targetId, campaignId },
    select: { id: true, slug: true, _count: { select: { deliveries: true, petitions: true, petitionDeliveries: true, calls: true } } },
  });
  if (!target) throw new ActionRefusal("targetDirectory.errors.targetUnknown", undefined, undefined, true);
  const c = target._count;
  if (c.deliveries + c.petitions + c.petitionDeliveries + c.calls > 0) throw new ActionRefusal("targetDirectory.errors.inUse");
  await tx.target.delete({ where: { id: target.id } });
  return target.slug;
}
