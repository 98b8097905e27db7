-- Letters and calls (issue 11). Targets become each campaign's own directory: an organiser edits only
-- the entries of campaigns they organise, so the join table gives way to an owning campaign.
ALTER TABLE "Target" ADD COLUMN "campaignId" TEXT;
UPDATE "Target" t SET "campaignId" = (SELECT ct."campaignId" FROM "CampaignTarget" ct WHERE ct."targetId" = t.id ORDER BY ct."campaignId" LIMIT 1);
-- A target no campaign addressed was shown nowhere; it goes.
DELETE FROM "Target" WHERE "campaignId" IS NULL;
ALTER TABLE "Target" ALTER COLUMN "campaignId" SET NOT NULL;
ALTER TABLE "Target" ADD CONSTRAINT "Target_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
DROP INDEX "Target_slug_key";
CREATE UNIQUE INDEX "Target_campaignId_slug_key" ON "Target"("campaignId", "slug");
DROP TABLE "CampaignTarget";

ALTER TYPE "TargetKind" ADD VALUE 'UNION' BEFORE 'OTHER';
ALTER TABLE "Target" ADD COLUMN "accreditedTo" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Target" ADD COLUMN "timeZone" TEXT;
ALTER TABLE "Target" ADD COLUMN "officeHours" TEXT;
ALTER TABLE "Target" ADD COLUMN "hourlyCap" INTEGER;
ALTER TABLE "Target" ADD COLUMN "sendInOfficeHoursOnly" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Target" ADD COLUMN "pausedAt" TIMESTAMP(3);
ALTER TABLE "Target" ADD COLUMN "failingEmails" TEXT[] DEFAULT ARRAY[]::TEXT[];

ALTER TABLE "Campaign" ADD COLUMN "letterHourlyCap" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "Campaign" ADD COLUMN "fallbackTargetId" TEXT;
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_fallbackTargetId_fkey" FOREIGN KEY ("fallbackTargetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "LetterTemplate" ADD COLUMN "editable" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "LetterTemplate" ADD COLUMN "maxLength" INTEGER NOT NULL DEFAULT 5000;
ALTER TABLE "LetterTemplateTranslation" ADD COLUMN "subjectVariants" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "LetterTemplateTranslation" ADD COLUMN "openingVariants" TEXT[] DEFAULT ARRAY[]::TEXT[];

ALTER TABLE "Letter" ADD COLUMN "senderCity" TEXT;
ALTER TABLE "Letter" ADD COLUMN "wallConsent" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Letter" ADD COLUMN "wallStatus" "ModerationStatus";
ALTER TABLE "Letter" ADD COLUMN "wallDecidedAt" TIMESTAMP(3);

ALTER TYPE "DeliveryStatus" ADD VALUE 'DEFERRED' AFTER 'SENT';
ALTER TYPE "DeliveryStatus" ADD VALUE 'BOUNCED' AFTER 'DEFERRED';
ALTER TYPE "DeliveryStatus" ADD VALUE 'CANCELLED';
ALTER TABLE "LetterDelivery" ADD COLUMN "dedupeKey" TEXT;
ALTER TABLE "LetterDelivery" ADD COLUMN "scheduledFor" TIMESTAMP(3);
CREATE UNIQUE INDEX "LetterDelivery_dedupeKey_key" ON "LetterDelivery"("dedupeKey");
CREATE INDEX "LetterDelivery_targetId_scheduledFor_idx" ON "LetterDelivery"("targetId", "scheduledFor");

CREATE TYPE "LetterOpeningMethod" AS ENUM ('MAILTO', 'PRINT');
CREATE TABLE "LetterOpening" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "templateId" TEXT,
    "targetId" TEXT,
    "method" "LetterOpeningMethod" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LetterOpening_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "LetterOpening_campaignId_targetId_idx" ON "LetterOpening"("campaignId", "targetId");
ALTER TABLE "LetterOpening" ADD CONSTRAINT "LetterOpening_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LetterOpening" ADD CONSTRAINT "LetterOpening_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "TargetReply" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "receivedOn" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "text" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TargetReply_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "TargetReply_campaignId_publishedAt_idx" ON "TargetReply"("campaignId", "publishedAt");
ALTER TABLE "TargetReply" ADD CONSTRAINT "TargetReply_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TargetReply" ADD CONSTRAINT "TargetReply_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "CallOutcome" AS ENUM ('ANSWERED', 'VOICEMAIL', 'NO_ANSWER', 'REFUSED');
ALTER TABLE "CallReport" ADD COLUMN "outcome" "CallOutcome" NOT NULL DEFAULT 'ANSWERED';

-- Letters in the outbox: the sender's name as From's display name, the campaign's copies in Cc; a paused
-- target's letters are HELD, a cancelled queue's CANCELLED; letters have their own priority (paced by
-- their due time, sent after mail someone waits for).
ALTER TABLE "OutboxEmail" ADD COLUMN "fromName" TEXT;
ALTER TABLE "OutboxEmail" ADD COLUMN "cc" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TYPE "OutboxStatus" ADD VALUE 'HELD';
ALTER TYPE "OutboxStatus" ADD VALUE 'CANCELLED';
ALTER TYPE "MailPriority" ADD VALUE 'LETTER';
