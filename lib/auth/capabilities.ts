import type { Prisma } from "../generated/prisma/client";
import { OrganiserRole, UserRole } from "../generated/prisma/enums";

// What each member of a campaign's team may do, written once (issue 10). Every organiser query and
// action names the capability it needs, and puts `campaignWhereCan(user, capability)` into its own
// `where`, so that a forgotten guard leaks nothing (docs/decisions/004, 021).
//
// Instance admins hold every capability on every campaign. A capability that no role holds
// ("allowlist.manage") is for admins alone. Browser-safe: pages import the table to show or hide a
// control; hiding is never the check.

export const CAPABILITIES = [
  /** See the campaign's console and preview it while it is a draft. */
  "campaign.read",
  /** Write the campaign's texts, settings, demands and translations; make it live or close it. */
  "campaign.edit",
  /** Create, edit, open and close petitions; record their delivery. */
  "petitions.manage",
  /** Write and publish news posts, and email them to subscribers. */
  "news.write",
  /** Approve or reject what supporters submit (sponsors, suspect signatures, later letters and events). */
  "moderation.decide",
  /** Edit the campaign's directory of targets (embassies, ministries, companies), import and export it. */
  "targets.edit",
  /** Write letter templates and call scripts; log replies from targets and publish them. */
  "letters.write",
  /** See letter deliveries; pause a target, cancel its queue, send oneself a test. */
  "letters.deliver",
  /** Download supporters' personal data (signature lists with email addresses, sponsor contacts). */
  "supporters.export",
  /** Invite members, change their roles, remove them. */
  "members.manage",
  /** Read the audit log: who did what, when, to how many rows. */
  "audit.read",
  /** End the campaign and erase its supporters' details (irreversible). */
  "campaign.end",
  /** The addresses exempt from the signature rate limit: site-wide, so for instance admins alone. */
  "allowlist.manage",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** Capabilities that no campaign role holds. */
const ADMIN_ONLY: readonly Capability[] = ["allowlist.manage"];

export const ROLE_CAPABILITIES: Record<OrganiserRole, readonly Capability[]> = {
  // Owners hold every capability but those for instance admins alone.
  [OrganiserRole.OWNER]: CAPABILITIES.filter((capability) => !ADMIN_ONLY.includes(capability)),
  [OrganiserRole.EDITOR]: ["campaign.read", "campaign.edit", "petitions.manage", "news.write", "targets.edit", "letters.write", "letters.deliver"],
  [OrganiserRole.MODERATOR]: ["campaign.read", "moderation.decide"],
};

/** The roles that hold `capability` (none: admins alone). */
export function rolesWith(capability: Capability): OrganiserRole[] {
  return (Object.keys(ROLE_CAPABILITIES) as OrganiserRole[]).filter((role) => ROLE_CAPABILITIES[role].includes(capability));
}

/** Whether a member with `role` (or an admin) may do `capability`. For showing controls; queries use the where below. */
export function roleCan(role: OrganiserRole | "ADMIN" | null, capability: Capability): boolean {
  if (role === "ADMIN") return true;
  return role !== null && ROLE_CAPABILITIES[role].includes(capability);
}

/** The campaigns on which `user` holds `capability`, as a `where` for Prisma (an admin: every campaign). */
export function campaignWhereCan(user: { id: string; role: UserRole }, capability: Capability): Prisma.CampaignWhereInput {
  if (user.role === UserRole.ADMIN) return {};
  return { organisers: { some: { userId: user.id, role: { in: rolesWith(capability) } } } };
}
