import { renderedEmailsTo } from "../mail/render";
import type { Database } from "../db/client";
import type { CurrentUser } from "../auth/roles";
import type { SponsorInput } from "./schema";

// Test data for the sponsor tests, named after its state. Addresses only under example.org / example.com.

let counter = 0;
const unique = (label: string) => `${label}-${process.pid}-${++counter}`;

export async function liveCampaign(db: Database, options: { title?: string; status?: "LIVE" | "DRAFT" | "ARCHIVED" } = {}) {
  return db.prisma.campaign.create({
    data: {
      slug: unique("campaign"),
      status: options.status ?? "LIVE",
      defaultLocale: "en",
      locales: ["en", "ru"],
      translations: {
        create: [
          { locale: "en", title: options.title ?? "Justice for Zhanaozen", summary: "s", appeal: "a" },
          { locale: "ru", title: "Справедливость для Жанаозена", summary: "s", appeal: "a" },
        ],
      },
    },
    select: { id: true, slug: true },
  });
}

export async function organiserOf(db: Database, campaignId: string | null, role: "ADMIN" | "ORGANISER" = "ORGANISER"): Promise<CurrentUser> {
  const user = await db.prisma.user.create({ data: { email: `${unique("organiser")}@example.org`, role }, select: { id: true, email: true, role: true } });
  if (campaignId) await db.prisma.campaignOrganiser.create({ data: { campaignId, userId: user.id, role: "MODERATOR" } });
  return user;
}

export function unionBranch(overrides: Partial<Extract<SponsorInput, { kind: "ORGANISATION" }>> = {}): SponsorInput {
  return {
    kind: "ORGANISATION",
    organisationName: "Northfield Rail Workers' Branch",
    organisationKind: "UNION_BRANCH",
    website: "https://northfield.example.org",
    contactName: "Branch secretary",
    country: "GB",
    email: "secretary@northfield.example.org",
    consent: "on",
    ...overrides,
  };
}

export function individualSponsor(overrides: Partial<Extract<SponsorInput, { kind: "INDIVIDUAL" }>> = {}): SponsorInput {
  return { kind: "INDIVIDUAL", name: "Ingrid Solvang", role: "Shop steward", organisation: undefined, country: "NO", email: "ingrid@example.com", consent: "on", ...overrides };
}

/** The confirmation link's token in the newest email to `to`. */
export async function lastTokenSentTo(db: Database, to: string): Promise<string> {
  const mail = (await renderedEmailsTo(db, to)).at(-1);
  const match = /\/sponsors\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "");
  if (!match) throw new Error("no confirmation link in the email");
  return match[1]!;
}

export const ctx = (ip = "192.0.2.10") => ({ ip, locale: "en" as const });
