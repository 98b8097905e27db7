import { CampaignStatus } from "../generated/prisma/enums";

// The life of a campaign, named once: DRAFT → LIVE ⇄ CLOSED → ARCHIVED. A draft is seen only by its team
// (the console's preview); a live campaign is public and takes signatures; a closed one stays readable,
// its petitions closed; an archived one is gone from the public (ending a campaign archives it and
// erases its supporters' details, lib/campaigns/end-campaign.ts).

export { CampaignStatus };

export const DRAFT_CAMPAIGN = CampaignStatus.DRAFT;
export const LIVE_CAMPAIGN = CampaignStatus.LIVE;
export const CLOSED_CAMPAIGN = CampaignStatus.CLOSED;
export const ARCHIVED_CAMPAIGN = CampaignStatus.ARCHIVED;

/** Campaigns whose pages the public may read. Only a live one takes signatures, sponsors and letters. */
export const PUBLIC_CAMPAIGN_STATES: readonly CampaignStatus[] = [LIVE_CAMPAIGN, CLOSED_CAMPAIGN];

/** The same, as a Prisma filter on a campaign's status. */
export const PUBLIC_CAMPAIGN_STATUS = { in: [...PUBLIC_CAMPAIGN_STATES] };

const TRANSITIONS: Record<CampaignStatus, readonly CampaignStatus[]> = {
  DRAFT: [LIVE_CAMPAIGN],
  LIVE: [CLOSED_CAMPAIGN],
  // Archiving is ending the campaign (end-campaign.ts), which erases its supporters' details.
  CLOSED: [LIVE_CAMPAIGN],
  ARCHIVED: [],
};

export function canMoveCampaign(from: CampaignStatus, to: CampaignStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextCampaignStates(from: CampaignStatus): readonly CampaignStatus[] {
  return TRANSITIONS[from];
}
