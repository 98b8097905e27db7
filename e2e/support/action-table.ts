import type { Capability } from "../../lib/auth/capabilities";
import type { ActionShape } from "./server-actions";
import type { StrangerWorld } from "./stranger-world";

// Every server action of the app, with how a form calls it and a request an organiser of this campaign
// would make (the admin's calls prove that the request reaches the action, so a refusal for anyone else
// is the guard's). A new action that is not in this table fails the stranger's story until it is added.
// Public actions say why anyone may call them; they are tried only in ways that must write nothing.

type Fields = Record<string, string | string[]>;

export type OrganiserAction = {
  shape: ActionShape;
  /** What it needs on the campaign (lib/auth/capabilities.ts); "admin": instance admins alone. A member whose role lacks it is refused. */
  capability: Capability | "admin";
  /** The request, on "this" campaign's ids, or (ids: the stranger's own campaign) with this campaign's records. */
  request(w: StrangerWorld, ids: "this" | "own"): { bound?: string[]; fields: Fields };
  /** False where using one's own campaign id with this campaign's records is allowed by design (say why). */
  mixedIds?: false;
};

export type PublicAction = {
  shape: ActionShape;
  why: string;
  /** A call anyone can make that must be refused or write nothing. */
  harmless(w: StrangerWorld): { bound?: string[]; fields: Fields };
  /** Tried signed out only (say why). */
  signedOutOnly?: true;
};

/** The routing fields of the one action path (lib/organise/organiser-action.ts): locale and campaignId only. */
function routing(w: StrangerWorld, ids: "this" | "own") {
  return { locale: "en", campaignId: meta(w, ids).campaignId };
}

function meta(w: StrangerWorld, ids: "this" | "own") {
  return ids === "this"
    ? { locale: "en", campaignId: w.campaignId, campaignSlug: w.campaignSlug }
    : { locale: "en", campaignId: w.strangerCampaignId, campaignSlug: w.strangerCampaignSlug };
}

/** In the order the admin calls them: the petition is closed before its delivery is recorded, and ending
 * the campaign erases its supporters, so it comes last. */
export const organiserActions: Record<string, OrganiserAction> = {
  "lib/signatures/moderation-actions.ts#addAllowlistAction": {
    capability: "allowlist.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), address: "198.51.100.9", note: "a shared office" } }),
    // The allow-list is one for the whole site (lib/signatures/allowlist.ts), the instance admins' alone:
    // the stranger owns their campaign and still may not change it.
  },
  "lib/signatures/moderation-actions.ts#removeAllowlistAction": {
    capability: "allowlist.manage",
    shape: {},
    request: (w, ids) => ({ fields: { ...routing(w, ids), id: w.allowlistedId } }),
  },
  "lib/signatures/moderation-actions.ts#markNotSuspectAction": {
    capability: "moderation.decide",
    shape: {},
    request: (w, ids) => ({ fields: { ...routing(w, ids), signatureId: w.suspectSignatureId } }),
  },
  "lib/signatures/moderation-actions.ts#bulkModerationAction": {
    capability: "moderation.decide",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), kind: "invalidate", expectedCount: "1", reason: "a fake domain", domain: w.suspectDomain } }),
  },
  // The moderation queue: the admin rejects the waiting sponsor (its reason emailed); the sponsors page then approves it again.
  "lib/moderation/actions.ts#decideQueueItemAction": {
    capability: "moderation.decide",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), item: `sponsor:${w.waitingSponsorId}`, decision: "REJECT", reason: "not a sponsor we know" } }),
  },
  "lib/sponsors/moderation-actions.ts#moderateSponsorsAction": {
    capability: "moderation.decide",
    shape: {},
    request: (w, ids) => ({ fields: { ...routing(w, ids), decision: `APPROVE:${w.waitingSponsorId}` } }),
  },
  "lib/petitions/organiser-actions.ts#createPetitionAction": {
    capability: "petitions.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), demandIds: w.demandIds.slice(0, 1), locales: "en", slug: "a-second-petition" } }),
  },
  "lib/petitions/organiser-actions.ts#updatePetitionAction": {
    capability: "petitions.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), petitionId: w.petitionId, goal: "777", deadline: "" } }),
  },
  "lib/petitions/organiser-actions.ts#changePetitionStatusAction": {
    capability: "petitions.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), petitionId: w.petitionId, to: w.petitionStatus === "OPEN" ? "CLOSED" : "OPEN" } }),
  },
  // After closing: a delivery is recorded for a closed petition.
  "lib/petitions/organiser-actions.ts#recordDeliveryAction": {
    capability: "petitions.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), petitionId: w.petitionId, deliveredAt: "2026-11-30", method: "EMAIL", notes: "handed in" } }),
  },
  "lib/campaigns/create-actions.ts#createCampaignAction": {
    capability: "admin",
    shape: { state: true },
    request: () => ({ fields: { locale: "en", slug: "a-new-campaign", title: "A new campaign", summary: "", defaultLocale: "en", ownerEmail: "first-owner@example.org" } }),
    mixedIds: false, // it names no campaign
  },
  "lib/members/actions.ts#changeMemberRoleAction": {
    capability: "members.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { locale: "en", campaignId: meta(w, ids).campaignId, userId: w.editorId, role: "MODERATOR" } }),
  },
  "lib/members/actions.ts#revokeInvitationAction": {
    capability: "members.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { locale: "en", campaignId: meta(w, ids).campaignId, invitationId: w.invitationId } }),
  },
  "lib/members/actions.ts#inviteMemberAction": {
    capability: "members.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { locale: "en", campaignId: meta(w, ids).campaignId, email: "newcomer@example.org", role: "EDITOR" } }),
    mixedIds: false, // it names no record of this campaign: with their own campaign's id, the stranger invites to their own team
  },
  // After the role change: the editor (by then a moderator) leaves the team.
  "lib/members/actions.ts#removeMemberAction": {
    capability: "members.manage",
    shape: { state: true },
    request: (w, ids) => ({ fields: { locale: "en", campaignId: meta(w, ids).campaignId, userId: w.editorId } }),
  },
  "lib/campaigns/edit-actions.ts#saveCampaignTextsAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), textLocale: "en", title: "Justice for the oil workers", summary: "A summary, edited.", appeal: "The appeal, **edited**." } }),
    mixedIds: false, // the campaign id is the only id it takes
  },
  "lib/campaigns/edit-actions.ts#saveCampaignSettingsAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), locales: ["en", "ru", "de"], defaultLocale: "en", appealDate: "2025-12-19", country: "KZ", donateUrl: "", copyToEmails: "copies@example.org" } }),
    mixedIds: false,
  },
  "lib/campaigns/edit-actions.ts#addDemandAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), text: "A demand added by the sweep." } }),
    mixedIds: false, // it names no record of this campaign: with their own campaign's id, the stranger adds to their own
  },
  "lib/campaigns/edit-actions.ts#editDemandAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), demandId: w.demandIds[0]!, "text.en": "The first demand, edited." } }),
  },
  "lib/campaigns/edit-actions.ts#moveDemandAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), demandId: w.demandIds[1]!, direction: "up" } }),
  },
  "lib/campaigns/edit-actions.ts#retireDemandAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), demandId: w.demandIds.at(-1)! } }),
  },
  "lib/campaigns/edit-actions.ts#restoreDemandAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), demandId: w.demandIds.at(-1)! } }),
  },
  // Days of action (lib/events/day-of-action-actions.ts): a new day, then the sweep's own day edited and removed.
  "lib/events/day-of-action-actions.ts#declareDayOfActionAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), date: "2027-05-01", title: "A day declared by the sweep", description: "" } }),
    mixedIds: false, // it names no record of this campaign: with their own campaign's id, the stranger declares a day on their own
  },
  "lib/events/day-of-action-actions.ts#editDayOfActionAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), dayId: w.dayOfActionId, date: "2027-06-02", title: "The sweep's day, edited", description: "Edited." } }),
  },
  "lib/events/day-of-action-actions.ts#removeDayOfActionAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), dayId: w.dayOfActionId } }),
  },
  // News (lib/news/actions.ts), on the demo campaign's seeded posts (lib/seed/content/news.ts).
  "lib/news/actions.ts#createNewsPostAction": {
    capability: "news.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), postLocale: "en", kind: "REPORT", title: "A report from the sweep", slug: "a-report-from-the-sweep", summary: "Written by the sweep.", body: "**Day 40**." } }),
    mixedIds: false, // it names no record but its campaign: the stranger may write news on their own campaign
  },
  "lib/news/actions.ts#saveNewsPostAction": {
    capability: "news.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "berlin-brandenburg-gate-protest", postLocale: "en", kind: "REPORT", title: "Berlin: a protest at the Brandenburg Gate", summary: "Edited by the sweep.", body: "Edited." } }),
  },
  "lib/news/actions.ts#unpublishNewsPostAction": {
    capability: "news.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "january-2022-protests", postLocale: "en" } }),
  },
  "lib/news/actions.ts#publishNewsPostAction": {
    capability: "news.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "january-2022-protests", postLocale: "en" } }),
  },
  "lib/news/actions.ts#emailNewsPostAction": {
    capability: "news.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "appeal-after-the-shooting" } }),
  },
  // Deliveries (lib/letters/delivery-actions.ts), on the target the world logged a reply to: before the
  // template actions below, whose save replaces a template's targets (the test letter needs one addressed to it).
  ...Object.fromEntries(["pauseTargetAction", "resumeTargetAction", "cancelTargetQueueAction", "sendTestLetterAction"].map((name) => [
    `lib/letters/delivery-actions.ts#${name}`,
    {
      capability: "letters.deliver" as const,
      shape: { state: true },
      request: (w: StrangerWorld, ids: "this" | "own") => ({ fields: { ...routing(w, ids), targetId: w.replyTargetId } }),
    },
  ])),
  // Letter templates (lib/letters/template-actions.ts), on the demo campaign's seeded templates (lib/seed/content/letters.ts).
  "lib/letters/template-actions.ts#createLetterTemplateAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), kind: "PROTEST", slug: "a-protest-from-the-sweep", templateLocale: "en", title: "A protest from the sweep" } }),
    mixedIds: false, // it names no record but its campaign: the stranger may write templates on their own campaign
  },
  "lib/letters/template-actions.ts#saveLetterTemplateAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "protest-company", templateLocale: "en", title: "Protest to an oil company", subject: "Edited by the sweep", body: "Dear {{target_name}},\n\nEdited.", subjectVariants: "", openingVariants: "", maxLength: "5000" } }),
  },
  "lib/letters/template-actions.ts#archiveLetterTemplateAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "protest-company" } }),
  },
  "lib/letters/template-actions.ts#draftLetterTemplateAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "protest-company" } }),
  },
  "lib/letters/template-actions.ts#publishLetterTemplateAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), slug: "protest-company" } }),
  },
  // Replies from targets (lib/replies/actions.ts), on the reply the world logged (support/stranger-world.ts).
  "lib/replies/actions.ts#logTargetReplyAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), targetId: w.replyTargetId, receivedOn: "2026-12-01", summary: "Logged by the sweep.", text: "" } }),
  },
  "lib/replies/actions.ts#publishTargetReplyAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), replyId: w.replyId } }),
  },
  "lib/replies/actions.ts#unpublishTargetReplyAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), replyId: w.replyId } }),
  },
  "lib/replies/actions.ts#deleteTargetReplyAction": {
    capability: "letters.write",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), replyId: w.replyId } }),
  },
  // The target directory (lib/targets/directory-actions.ts), on the target the world logged a reply to.
  "lib/targets/directory-actions.ts#importTargetsAction": {
    capability: "targets.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), csv: "slug,kind,name,country\nsweep-embassy,EMBASSY,Embassy of the sweep,DE\n" } }),
    mixedIds: false, // it names no record but its campaign: the stranger may import into their own directory
  },
  "lib/targets/directory-actions.ts#saveLetterSettingsAction": {
    capability: "targets.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), fallbackTargetId: w.replyTargetId, letterHourlyCap: "12" } }),
  },
  "lib/targets/directory-actions.ts#deleteTargetAction": {
    capability: "targets.edit",
    shape: { state: false },
    request: (w, ids) => ({ fields: { ...routing(w, ids), targetId: w.replyTargetId } }),
  },
  // Closing the campaign closes its petitions: after every petition action.
  "lib/campaigns/edit-actions.ts#changeCampaignStatusAction": {
    capability: "campaign.edit",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), to: "CLOSED" } }),
    mixedIds: false,
  },
  "lib/campaigns/end-actions.ts#scheduleCampaignEndAction": {
    capability: "campaign.end",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), lastDay: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10) } }),
    mixedIds: false, // the campaign id is the only id it takes
  },
  "lib/campaigns/end-actions.ts#cancelCampaignEndAction": {
    capability: "campaign.end",
    shape: { state: true },
    request: (w, ids) => ({ fields: routing(w, ids) }),
    mixedIds: false,
  },
  "lib/campaigns/end-actions.ts#endCampaignNowAction": {
    capability: "campaign.end",
    shape: { state: true },
    request: (w, ids) => ({ fields: { ...routing(w, ids), understood: "on" } }),
    mixedIds: false,
  },
};

const MADE_UP_TOKEN = "a".repeat(43);

/** An hour's event a month from now, as the form's local date-time fields hold it. */
function inAMonth(): { startsAt: string; endsAt: string } {
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return { startsAt: `${day}T12:00`, endsAt: `${day}T13:00` };
}

export const publicActions: Record<string, PublicAction> = {
  "lib/auth/actions.ts#requestSignInLinkAction": {
    shape: { state: true },
    why: "anyone may ask for a sign-in link; an address that is not an organiser's gets the same page and no email",
    harmless: () => ({ fields: { locale: "en", email: "nobody-known@example.org" } }),
  },
  "lib/auth/actions.ts#signOutAction": {
    shape: {},
    why: "ends only the session of the cookie it is sent with",
    harmless: () => ({ fields: { locale: "en" } }),
    signedOutOnly: true, // with the stranger's cookie it ends the stranger's own session, as it should
  },
  "lib/sponsors/actions.ts#addSponsorAction": {
    shape: { state: true },
    why: "the public sponsor form: anyone may offer support, held unconfirmed until the emailed link is used",
    harmless: () => ({ bound: ["no-such-campaign", "en"], fields: { kind: "INDIVIDUAL", name: "Someone", email: "someone@example.org", country: "DE" } }),
  },
  "lib/letters/send-actions.ts#sendLetterAction": {
    shape: { state: true },
    why: "the public letter form: anyone may write; nothing goes to a target until the emailed link is used",
    harmless: () => ({ bound: ["no-such-campaign", "no-such-letter", "en"], fields: { name: "Someone", email: "someone@example.org", country: "DE", targets: "no-such-target" } }),
  },
  "lib/letters/send-actions.ts#confirmLetterAction": {
    shape: {},
    why: "the emailed confirmation link's token is the permission",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/events/actions.ts#registerEventAction": {
    shape: { state: true },
    why: "the public picket form: anyone may register an event, held unconfirmed until the emailed link is used, then moderated",
    harmless: () => ({
      bound: ["no-such-campaign", "en"],
      fields: { kind: "PICKET", title: "A picket", ...inAMonth(), timeZone: "Europe/Berlin", venue: "Square", city: "Cologne", country: "DE", organisationName: "A branch", organiserName: "Someone", email: "someone@example.org", consent: "on" },
    }),
  },
  "lib/events/actions.ts#confirmEventAction": {
    shape: {},
    why: "the emailed confirmation link's token is the permission",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/events/actions.ts#updateEventAction": {
    shape: { state: true },
    why: "the host's private link's token is the permission, and it reaches only that one event",
    harmless: () => ({
      bound: ["en"],
      fields: { token: MADE_UP_TOKEN, kind: "PICKET", title: "A picket", ...inAMonth(), timeZone: "Europe/Berlin", venue: "Square", city: "Cologne", country: "DE", organisationName: "A branch" },
    }),
  },
  "lib/events/actions.ts#cancelEventAction": {
    shape: {},
    why: "the host's private link's token is the permission, and it reaches only that one event",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN, sure: "on" } }),
  },
  "lib/calls/actions.ts#reportCallAction": {
    shape: {},
    why: "\"I called\": anyone may report a call's outcome to one of the campaign's own targets, rate limited per client address, nothing personal stored",
    harmless: () => ({ fields: { campaign: "no-such-campaign", locale: "en", targetId: "no-such-target", outcome: "ANSWERED" } }),
  },
  "lib/sponsors/actions.ts#confirmSponsorAction": {
    shape: {},
    why: "the emailed confirmation link's token is the permission",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/signatures/actions.ts#confirmSignatureAction": {
    shape: {},
    why: "the emailed confirmation link's token is the permission",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/signatures/actions.ts#resendForExpiredLinkAction": {
    shape: {},
    why: "a supporter whose link expired asks for a new one with the old token",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/signatures/actions.ts#resendConfirmationAction": {
    shape: { state: true },
    why: "a supporter asks for the confirmation email again; an address that has not signed gets the same page and no email",
    harmless: (w) => ({ fields: { locale: "en", email: "never-signed@example.org", petitionId: w.petitionId } }),
  },
  "lib/my-data/actions.ts#requestDataLinkAction": {
    shape: { state: true },
    why: "a supporter asks for a link to their own data; an address we hold nothing for gets the same page and no email",
    harmless: () => ({ fields: { locale: "en", email: "holds-nothing@example.org" } }),
  },
  "lib/my-data/actions.ts#openDataLinkAction": {
    shape: {},
    why: "the emailed data link's token is the permission",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/my-data/actions.ts#withdrawSignatureAction": {
    shape: {},
    why: "the opened data link's cookie is the permission, and it reaches only that address's own signatures",
    harmless: (w) => ({ fields: { locale: "en", signatureId: w.suspectSignatureId } }),
  },
  "lib/members/actions.ts#acceptInvitationAction": {
    shape: { state: true },
    why: "the emailed invitation's token is the permission (a single-use link to the invited address)",
    harmless: () => ({ fields: { locale: "en", token: MADE_UP_TOKEN } }),
  },
  "lib/letters/offline-actions.ts#openInMailAppAction": {
    shape: { state: true },
    why: "anyone may prepare a letter for their own mail app; recipients come only from the campaign's directory, and it records only that a letter was opened",
    harmless: () => ({ fields: { locale: "en", campaign: "no-such-campaign", template: "x", name: "Someone", email: "someone@example.org", country: "DE", targets: "x" } }),
  },
  "lib/my-data/actions.ts#eraseMyDataAction": {
    shape: {},
    why: "the opened data link's cookie is the permission, and it erases only that address's own entries",
    harmless: () => ({ fields: { locale: "en", confirm: "on" } }),
  },
};
