// Shapes of the demo content. Content files hold only data; lib/seed/demo.ts writes it.
import type { EventKind, LetterKind, NewsKind, OrganisationKind, TargetKind } from "../../generated/prisma/enums";

/** English and Russian are always complete; German where the brief asks for it. */
export type Translated<T> = { en: T; ru: T; de?: T };
export type Trilingual<T> = { en: T; ru: T; de: T };

export type CampaignText = { title: string; summary: string; appeal: string; callScript: string | null };

export type TargetSeed = {
  slug: string;
  kind: TargetKind;
  name: string;
  represents: string | null;
  country: string;
  city: string;
  postalAddress: string;
  latitude: number;
  longitude: number;
  emails: string[];
  phones: string[];
  fax?: string;
  website?: string;
  notes?: string;
  timeZone?: string;
  officeHours?: string;
  accreditedTo?: string[];
};

export type PetitionText = { title: string; addressee: string; body: string };

/** Variants: alternatives to the subject and to the body's first paragraph (lib/letters/variants.ts). */
export type LetterText = { title: string; subject: string; body: string; subjectVariants?: string[]; openingVariants?: string[] };

export type LetterTemplateSeed = {
  slug: string;
  kind: LetterKind;
  targetSlugs: string[];
  /** Senders may change the text, within maxLength characters (a solidarity message is the sender's own). */
  editable?: { maxLength: number };
  text: Translated<LetterText>;
};

export type EventSeed = {
  /** Stable key within the campaign: the seeder finds an existing event by its kind and title. */
  kind: EventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  targetSlug: string | null;
  organiserName: string;
  organisationName: string | null;
  email: string;
  report: { authorName: string; attendance: number; body: string; pressLinks: string[] } | null;
};

export type NewsSeed = {
  slug: string;
  kind: NewsKind;
  publishedAt: Date;
  text: Record<"en" | "ru", { title: string; summary: string; body: string }>;
};

export type SponsorSeed = {
  kind: "INDIVIDUAL" | "ORGANISATION";
  name: string;
  /** For an organisation: the person to write to (never shown publicly). */
  contactName: string | null;
  role: string | null;
  organisation: string | null;
  organisationKind: OrganisationKind | null;
  country: string;
  website: string | null;
  email: string;
  isDomainVerified: boolean;
  locale: "en" | "ru" | "de";
  confirmedAt: Date;
};

export type SignatureSeed = {
  name: string;
  email: string;
  country: string;
  city: string | null;
  organisation: string | null;
  role: string | null;
  comment: string | null;
  isPublic: boolean;
  wantsUpdates: boolean;
  locale: "en" | "ru" | "de";
  confirmedAt: Date;
};
