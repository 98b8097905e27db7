import crypto from "node:crypto";
import type { RawSql } from "./database-snapshot";
import { E2E_ADMIN_EMAIL } from "./ports";

// The world of the stranger story, written straight into a freshly seeded database (the demo campaign
// "zhanaozen" is "this campaign"): a second campaign led by a stranger, signed-in sessions for the
// stranger and for the admin (next-auth database sessions: a Session row and its cookie), and in this
// campaign one of everything an organiser can act on (a held-back signature, an allow-listed address,
// a sponsor awaiting moderation), and an editor and a moderator of this campaign, signed in, with an
// open invitation to its team.

export type StrangerWorld = {
  campaignId: string;
  campaignSlug: string;
  petitionId: string;
  petitionSlug: string;
  petitionStatus: string;
  demandIds: string[];
  /** A day of action of this campaign, for the console's edit and remove. */
  dayOfActionId: string;
  suspectSignatureId: string;
  suspectDomain: string;
  allowlistedId: string;
  /** Another allow-listed address, for the forms an attacker forges (support/forged-requests.ts). */
  formsAllowlistedId: string;
  waitingSponsorId: string;
  strangerCampaignId: string;
  strangerCampaignSlug: string;
  strangerSession: string;
  adminSession: string;
  /** Members of this campaign in the roles below an owner, each signed in (the role sweep). */
  editorId: string;
  editorSession: string;
  moderatorId: string;
  moderatorSession: string;
  /** An open invitation to this campaign's team. */
  invitationId: string;
  /** One of this campaign's targets, and a reply logged from it (lib/replies). */
  replyTargetId: string;
  replyId: string;
};

export async function writeStrangerWorld(sql: RawSql): Promise<StrangerWorld> {
  const [campaign] = await sql.query<{ id: string }>(`SELECT id FROM "Campaign" WHERE slug = 'zhanaozen'`);
  const [petition] = await sql.query<{ id: string; slug: string; status: string }>(
    `SELECT id, slug, status::text AS status FROM "Petition" WHERE "campaignId" = $1 AND slug = 'justice-for-zhanaozen'`,
    [campaign!.id],
  );
  const demands = await sql.query<{ id: string }>(`SELECT id FROM "Demand" WHERE "campaignId" = $1 ORDER BY id`, [campaign!.id]);
  const [signatureConsent] = await sql.query<{ id: string }>(`SELECT id FROM "ConsentText" WHERE key = 'signature' ORDER BY version DESC LIMIT 1`);
  const [sponsorConsent] = await sql.query<{ id: string }>(`SELECT id FROM "ConsentText" WHERE key = 'sponsor' ORDER BY version DESC LIMIT 1`);

  const [admin] = await sql.query<{ id: string }>(
    `INSERT INTO "User" (id, email, role) VALUES ('sweepadmin', $1, 'ADMIN') ON CONFLICT (email) DO UPDATE SET role = 'ADMIN' RETURNING id`,
    [E2E_ADMIN_EMAIL],
  );
  await sql.query(`INSERT INTO "User" (id, email, role) VALUES ('sweepstranger', 'stranger@example.org', 'ORGANISER')`);
  await sql.query(
    `INSERT INTO "Campaign" (id, slug, status, "defaultLocale", locales, "copyToEmails", "updatedAt") VALUES ('sweepcampaignb', 'stranger-campaign', 'LIVE', 'en', '{en}', '{}', now())`,
  );
  await sql.query(
    `INSERT INTO "CampaignTranslation" (id, "campaignId", locale, title, summary, appeal) VALUES ('sweepcampaignbt', 'sweepcampaignb', 'en', 'Another campaign', 'Its summary', 'Its appeal')`,
  );
  await sql.query(`INSERT INTO "CampaignOrganiser" ("campaignId", "userId", role) VALUES ('sweepcampaignb', 'sweepstranger', 'OWNER')`);
  const strangerSession = crypto.randomBytes(24).toString("hex");
  const adminSession = crypto.randomBytes(24).toString("hex");
  await sql.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('sweepsession1', $1, 'sweepstranger', now() + interval '30 days'), ('sweepsession2', $2, $3, now() + interval '30 days')`,
    [strangerSession, adminSession, admin!.id],
  );

  const editorSession = crypto.randomBytes(24).toString("hex");
  const moderatorSession = crypto.randomBytes(24).toString("hex");
  await sql.query(`INSERT INTO "User" (id, email, role) VALUES ('sweepeditor', 'editor@example.org', 'ORGANISER'), ('sweepmoderator', 'moderator@example.org', 'ORGANISER')`);
  await sql.query(`INSERT INTO "CampaignOrganiser" ("campaignId", "userId", role) VALUES ($1, 'sweepeditor', 'EDITOR'), ($1, 'sweepmoderator', 'MODERATOR')`, [campaign!.id]);
  await sql.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('sweepsession3', $1, 'sweepeditor', now() + interval '30 days'), ('sweepsession4', $2, 'sweepmoderator', now() + interval '30 days')`,
    [editorSession, moderatorSession],
  );
  await sql.query(
    `INSERT INTO "CampaignInvitation" (id, "campaignId", email, role, "tokenHash", "expiresAt") VALUES ('sweepinvite', $1, 'invited@example.org', 'EDITOR', $2, now() + interval '7 days')`,
    [campaign!.id, crypto.randomBytes(32).toString("hex")],
  );

  const suspectDomain = "held-back.example.net";
  await sql.query(
    `INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, "consentTextId", locale, status, "isSuspect", "suspectReason", "confirmedAt")
     VALUES ('sweepsuspect', $1, 'Held Back', $2, $2, 'KZ', $3, 'en', 'CONFIRMED', true, 'rate-limit', now())`,
    [petition!.id, `held@${suspectDomain}`, signatureConsent!.id],
  );
  await sql.query(`INSERT INTO "AllowlistedAddress" (id, address, note) VALUES ('sweepallowed', '192.0.2.7', 'the union office'), ('formsallowed', '192.0.2.8', 'a library')`);
  await sql.query(
    `INSERT INTO "Sponsor" (id, "campaignId", kind, name, country, email, "emailNormalised", "consentTextId", locale, status, "confirmedAt")
     VALUES ('sweepsponsor', $1, 'INDIVIDUAL', 'Waiting Sponsor', 'DE', 'waiting@example.net', 'waiting@example.net', $2, 'en', 'AWAITING_MODERATION', now())`,
    [campaign!.id, sponsorConsent!.id],
  );
  await sql.query(`INSERT INTO "DayOfAction" (id, "campaignId", date, title) VALUES ('sweepday', $1, '2027-04-04', 'The sweep''s day of action')`, [campaign!.id]);
  const [replyTarget] = await sql.query<{ id: string }>(`SELECT id FROM "Target" WHERE "campaignId" = $1 ORDER BY slug LIMIT 1`, [campaign!.id]);
  await sql.query(
    `INSERT INTO "TargetReply" (id, "campaignId", "targetId", "receivedOn", summary) VALUES ('sweepreply', $1, $2, now(), 'A reply for the sweep.')`,
    [campaign!.id, replyTarget!.id],
  );
  return {
    campaignId: campaign!.id,
    campaignSlug: "zhanaozen",
    petitionId: petition!.id,
    petitionSlug: petition!.slug,
    petitionStatus: petition!.status,
    demandIds: demands.map((d) => d.id),
    dayOfActionId: "sweepday",
    suspectSignatureId: "sweepsuspect",
    suspectDomain,
    allowlistedId: "sweepallowed",
    formsAllowlistedId: "formsallowed",
    waitingSponsorId: "sweepsponsor",
    strangerCampaignId: "sweepcampaignb",
    strangerCampaignSlug: "stranger-campaign",
    strangerSession,
    adminSession,
    editorId: "sweepeditor",
    editorSession,
    moderatorId: "sweepmoderator",
    moderatorSession,
    invitationId: "sweepinvite",
    replyTargetId: replyTarget!.id,
    replyId: "sweepreply",
  };
}
