import { z } from "zod";
import type { Database } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { locales, type Locale } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { inviteMember } from "../members/invite";
import { ActionRefusal } from "../organise/action-refusal";

// An instance admin creates a campaign: its address, its first texts in its default language, and the
// first owner, who is invited by email (lib/members/invite.ts) and writes the rest. A new campaign is a
// draft: only its team sees it, through the console's preview, until an owner or editor makes it live.

const key = (k: MessageKey) => k;

/** Addresses the console's own pages take (…/organise/campaigns/new): never a campaign's. */
const RESERVED_SLUGS = new Set(["new", "feed", "feeds", "api", "organise", "admin"]);

export const campaignSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, key("campaigns.errors.slugInvalid"))
  .max(60, key("campaigns.errors.slugInvalid"))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, key("campaigns.errors.slugInvalid"))
  .refine((v) => !RESERVED_SLUGS.has(v), key("campaigns.errors.slugReserved"));

export const campaignTitle = z.string().trim().min(1, key("campaigns.errors.titleRequired")).max(140, key("campaigns.errors.titleTooLong"));
export const campaignSummary = z.string().trim().max(300, key("campaigns.errors.summaryTooLong"));

export const createCampaignSchema = z.strictObject({
  slug: campaignSlug,
  title: campaignTitle,
  summary: campaignSummary,
  defaultLocale: z.enum(locales, key("campaigns.errors.localeInvalid")),
  ownerEmail: z.string().trim().pipe(z.email(key("campaigns.errors.ownerEmailInvalid")).max(254, key("campaigns.errors.ownerEmailInvalid"))),
});

export type CreateCampaignInput = z.output<typeof createCampaignSchema>;

type Audit = (
  tx: Prisma.TransactionClient,
  entry: { campaignId: string; action: string; subjectType: string; subjectId?: string; details?: Prisma.InputJsonValue },
) => Promise<void>;

export async function createCampaign(
  db: Database,
  actor: { id: string },
  input: CreateCampaignInput,
  { locale, audit }: { locale: Locale; audit: Audit },
): Promise<{ id: string; slug: string }> {
  try {
    return await db.prisma.$transaction(async (tx) => {
      const campaign = await tx.campaign.create({
        data: {
          slug: input.slug,
          status: "DRAFT",
          defaultLocale: input.defaultLocale,
          locales: [input.defaultLocale],
          copyToEmails: [],
          translations: { create: { locale: input.defaultLocale, title: input.title, summary: input.summary, appeal: "" } },
        },
        select: { id: true, slug: true },
      });
      const invitation = await inviteMember(tx, {
        campaignId: campaign.id,
        campaignTitle: input.title,
        email: input.ownerEmail,
        role: "OWNER",
        invitedById: actor.id,
        locale,
      });
      await audit(tx, { campaignId: campaign.id, action: "campaign.created", subjectType: "Campaign", subjectId: campaign.id, details: { slug: campaign.slug, defaultLocale: input.defaultLocale } });
      await audit(tx, { campaignId: campaign.id, action: "member.invited", subjectType: "CampaignInvitation", subjectId: invitation.id, details: { role: "OWNER" } });
      return campaign;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionRefusal("campaigns.errors.slugTaken", "slug");
    throw error;
  }
}
