import { UserRole } from "../generated/prisma/enums";
import { stateList } from "../db/state-literal";
import { rolesWith, type Capability } from "./capabilities";

// campaignWhereCan (./capabilities.ts) for a raw SQL query: the same rule, from the same table of
// capabilities, as a condition on the campaign's id column. The user's id is a parameter of the query
// ($n, given by the caller); the roles are enum names, written through stateList (upper-case words only).

export function campaignSqlCan(user: { role: UserRole }, capability: Capability, campaignIdColumn: string, userIdParam: string): string {
  if (user.role === UserRole.ADMIN) return "TRUE";
  const roles = rolesWith(capability);
  if (roles.length === 0) return "FALSE";
  return `EXISTS (SELECT 1 FROM "CampaignOrganiser" member WHERE member."campaignId" = ${campaignIdColumn} AND member."userId" = ${userIdParam} AND member.role::text IN ${stateList(roles)})`;
}
