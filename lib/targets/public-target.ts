import type { TargetKind } from "../generated/prisma/enums";

// The public face of a target (an embassy, a ministry, a company, a newspaper): the institutional
// contact details a supporter needs to write, post, phone or fax to it. These are the institution's own
// published addresses, not a person's, so the public pages show them.

export const publicTargetSelect = {
  slug: true,
  kind: true,
  name: true,
  represents: true,
  country: true,
  city: true,
  postalAddress: true,
  emails: true,
  phones: true,
  fax: true,
  website: true,
} as const;

export type PublicTarget = {
  slug: string;
  kind: TargetKind;
  name: string;
  represents: string | null;
  country: string;
  city: string | null;
  postalAddress: string | null;
  emails: string[];
  phones: string[];
  fax: string | null;
  website: string | null;
};
