import { renderedEmailsTo } from "../mail/render";
import crypto from "node:crypto";
import type { Database } from "../db/client";
import type { PetitionStatus } from "../generated/prisma/enums";
import type { PetitionAddress } from "../petitions/paths";

// Test data for the supporter's side, named after its state: openPetition(), closedPetition()...
// Each call makes a fresh campaign with unique slugs, so tests sharing a database never meet.

/** `address`: where its pages are, and what the sign endpoint's address names (lib/petitions/paths.ts). */
export type PetitionFixture = { id: string; slug: string; campaignId: string; campaignSlug: string; address: PetitionAddress };

type Options = { status?: PetitionStatus; deadline?: Date | null; goal?: number | null };

export async function petitionFixture(db: Database, { status = "OPEN", deadline = null, goal = 1000 }: Options = {}): Promise<PetitionFixture> {
  const tag = crypto.randomBytes(4).toString("hex");
  const campaign = await db.prisma.campaign.create({
    data: {
      slug: `zhanaozen-${tag}`,
      status: "LIVE",
      defaultLocale: "en",
      locales: ["en", "ru"],
      translations: {
        create: [
          { locale: "en", title: "Justice for the oil workers of Zhanaozen", summary: "Strikers were shot.", appeal: "Stand with them." },
          { locale: "ru", title: "Справедливость для нефтяников Жанаозена", summary: "В забастовщиков стреляли.", appeal: "Поддержите их." },
        ],
      },
      demands: {
        create: [
          { position: 1, translations: { create: [{ locale: "en", text: "Reinstate every sacked worker" }, { locale: "ru", text: "Восстановить всех уволенных" }] } },
          { position: 2, translations: { create: [{ locale: "en", text: "Free the strikers' lawyer" }, { locale: "ru", text: "Освободить адвоката бастующих" }] } },
        ],
      },
    },
    select: { id: true, slug: true, demands: { select: { id: true, position: true } } },
  });
  const petition = await db.prisma.petition.create({
    data: {
      campaignId: campaign.id,
      slug: `justice-${tag}`,
      status,
      goal,
      deadline,
      locales: ["en", "ru"],
      openedAt: status === "DRAFT" ? null : new Date(Date.now() - 86_400_000),
      translations: {
        create: [
          { locale: "en", title: "Reinstate the Zhanaozen oil workers", addressee: "The President of Kazakhstan", body: "We call on you to act." },
          { locale: "ru", title: "Восстановите нефтяников Жанаозена", addressee: "Президенту Казахстана", body: "Мы призываем вас действовать." },
        ],
      },
      demands: { create: campaign.demands.map((d) => ({ demandId: d.id, position: d.position })) },
    },
    select: { id: true, slug: true },
  });
  return { id: petition.id, slug: petition.slug, campaignId: campaign.id, campaignSlug: campaign.slug, address: { campaignSlug: campaign.slug, petitionSlug: petition.slug } };
}

export const openPetition = (db: Database, options: Omit<Options, "status"> = {}) => petitionFixture(db, { ...options, status: "OPEN" });
export const closedPetition = (db: Database) => petitionFixture(db, { status: "CLOSED" });
export const draftPetition = (db: Database) => petitionFixture(db, { status: "DRAFT" });
export const expiredPetition = (db: Database) => petitionFixture(db, { status: "OPEN", deadline: new Date(Date.now() - 60_000) });

/** A valid form as the browser posts it (strings; ticked boxes as "on"). */
export function signForm(petitionId: string, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const form: Record<string, string | undefined> = {
    petitionId,
    locale: "en",
    name: "Aigul Test",
    email: `supporter-${crypto.randomBytes(4).toString("hex")}@example.org`,
    country: "KZ",
    city: "Aktau",
    organisation: "",
    role: "",
    comment: "",
    homepage: "",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Emails queued to one address, newest last, rendered as their reader gets them. */
export const outboxTo = (db: Database, to: string) => renderedEmailsTo(db, to);
