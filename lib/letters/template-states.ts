import { TemplateStatus } from "../generated/prisma/enums";

// A letter template is a draft (only in the console), published (senders use it) or archived (kept for
// the letters already sent with it, offered to nobody). Any state may go to another.

export const DRAFT_TEMPLATE = TemplateStatus.DRAFT;
export const PUBLISHED_TEMPLATE = TemplateStatus.PUBLISHED;
export const ARCHIVED_TEMPLATE = TemplateStatus.ARCHIVED;

export function canMoveTemplate(from: TemplateStatus, to: TemplateStatus): boolean {
  return from !== to;
}
