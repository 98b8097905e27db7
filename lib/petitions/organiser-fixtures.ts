import crypto from "node:crypto";
import type { Database } from "../db/client";
import type { CurrentUser } from "../auth/roles";

// Test data for the organiser's side of petitions: two campaigns, each with its organiser, demands
// and targets, and an admin who organises neither. Every call makes a fresh, separate world (unique
// slugs and addresses), so tests in one database never see each other's rows. Addresses: example.org.

export type OrganiserWorld = Awaited<ReturnType<typeof seedOrganiserWorld>>;

export async function seedOrganiserWorld(db: Database) {
  const p = db.prisma;
  const tag = crypto.randomBytes(4).toString("hex");
  const user = (label: string, role: "ADMIN" | "ORGANISER" = "ORGANISER"): Promise<CurrentUser> =>
    p.user.create({ data: { email: `${label}.${tag}@example.org`, role }, select: { id: true, email: true, role: true } });
  const organiser = await user("organiser");
  const otherOrganiser = await user("other-organiser");
  const admin = await user("admin", "ADMIN");

  const campaign = await p.campaign.create({
    data: {
      slug: `zhanaozen-${tag}`,
      status: "LIVE",
      defaultLocale: "en",
      locales: ["en", "ru"],
      translations: {
        create: [
          { locale: "en", title: "Justice for Zhanaozen", summary: "Oil workers were shot.", appeal: "We demand justice." },
          { locale: "ru", title: "Справедливость для Жанаозена", summary: "В нефтяников стреляли.", appeal: "Мы требуем справедливости." },
        ],
      },
      organisers: { create: [{ userId: organiser.id, role: "OWNER" }] },
    },
    select: { id: true, slug: true },
  });
  const demandTexts: [string, string][] = [
    ["Review the collective agreement", "Пересмотреть коллективный договор"],
    ["Reinstate everyone who was sacked", "Восстановить на работе всех уволенных"],
    ["Free the strikers' lawyer", "Освободить адвоката бастующих"],
  ];
  const demands = [];
  for (const [i, [en, ru]] of demandTexts.entries()) {
    demands.push(
      await p.demand.create({
        data: { campaignId: campaign.id, position: i + 1, translations: { create: [{ locale: "en", text: en }, { locale: "ru", text: ru }] } },
        select: { id: true },
      }),
    );
  }
  const target = (slug: string, name: string, kind: "GOVERNMENT_OFFICE" | "COMPANY" | "EMBASSY", campaignId = campaign.id) =>
    p.target.create({
      data: { campaignId, slug: `${slug}-${tag}`, kind, name, country: "KZ", emails: [`${slug}@example.org`], phones: [] },
      select: { id: true, name: true },
    });
  const akorda = await target("akorda", "Presidential Office (Akorda)", "GOVERNMENT_OFFICE");
  const kmg = await target("kmg", "KazMunayGaz", "COMPANY");

  const otherCampaign = await p.campaign.create({
    data: {
      slug: `other-${tag}`,
      status: "LIVE",
      locales: ["en"],
      translations: { create: [{ locale: "en", title: "Another campaign", summary: "x", appeal: "x" }] },
      organisers: { create: [{ userId: otherOrganiser.id }] },
    },
    select: { id: true, slug: true },
  });
  const otherDemand = await p.demand.create({
    data: { campaignId: otherCampaign.id, position: 1, translations: { create: [{ locale: "en", text: "Something else" }] } },
    select: { id: true },
  });
  const otherTarget = await target("other-target", "Another Embassy", "EMBASSY", otherCampaign.id);

  const consent = await p.consentText.create({
    data: { key: `petition-${tag}`, version: 1, locale: "en", text: "I agree to the campaign keeping my signature." },
    select: { id: true },
  });

  return { tag, organiser, otherOrganiser, admin, campaign, demands, targets: { akorda, kmg }, otherCampaign, otherDemand, otherTarget, consent };
}

export type SignatureSeed = {
  name: string;
  email: string;
  country?: string;
  city?: string | null;
  organisation?: string | null;
  role?: string | null;
  comment?: string | null;
  isPublic?: boolean;
  /** On the list handed to the addressees; defaults to true. */
  deliveryConsent?: boolean;
  status?: "PENDING" | "CONFIRMED" | "INVALIDATED";
  isSuspect?: boolean;
  ipAddress?: string | null;
  createdAt?: Date;
};

/** Adds signatures straight to the table (the supporter's flow is tested elsewhere). */
export async function addSignatures(db: Database, petitionId: string, consentTextId: string, rows: SignatureSeed[]): Promise<void> {
  for (const row of rows) {
    const status = row.status ?? "CONFIRMED";
    const email = row.email.toLowerCase();
    const createdAt = row.createdAt ?? new Date(Date.now() - 10 * 60_000);
    await db.prisma.signature.create({
      data: {
        petitionId,
        name: row.name,
        email,
        emailNormalised: email,
        country: row.country ?? "GB",
        city: row.city ?? null,
        organisation: row.organisation ?? null,
        role: row.role ?? null,
        comment: row.comment ?? null,
        isPublic: row.isPublic ?? true,
        deliveryConsent: row.deliveryConsent ?? true,
        consentTextId,
        locale: "en",
        status,
        isSuspect: row.isSuspect ?? false,
        suspectReason: row.isSuspect ? "rate limit" : null,
        ipAddress: row.ipAddress ?? null,
        createdAt,
        confirmedAt: status === "CONFIRMED" ? new Date(createdAt.getTime() + 60_000) : null,
        invalidatedAt: status === "INVALIDATED" ? new Date() : null,
      },
    });
  }
}
