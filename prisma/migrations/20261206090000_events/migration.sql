-- Pickets and demonstrations registered by their hosts (issue 12): more kinds, the host's details and
-- private link, moderation and reminders on the event; trusted hosts; days of action; photos kept by the
-- storage (lib/events/photo-storage.ts) instead of in the database.
ALTER TYPE "EventKind" ADD VALUE 'RALLY' AFTER 'DEMONSTRATION';
ALTER TYPE "EventKind" ADD VALUE 'VIGIL' AFTER 'RALLY';
ALTER TYPE "EventKind" ADD VALUE 'SOLIDARITY_STRIKE' AFTER 'MEETING';

ALTER TABLE "Event"
  ADD COLUMN "streetAddress" TEXT,
  ADD COLUMN "sponsorId" TEXT,
  ADD COLUMN "publicContact" TEXT,
  ADD COLUMN "expectedAttendance" INTEGER,
  ADD COLUMN "accessibility" TEXT,
  ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en',
  ADD COLUMN "remindersSent" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "lastReminderAt" TIMESTAMP(3),
  ADD COLUMN "hostTokenHash" TEXT,
  ADD COLUMN "publishedAt" TIMESTAMP(3),
  ADD COLUMN "moderatedAt" TIMESTAMP(3),
  ADD COLUMN "moderatedById" TEXT,
  ADD COLUMN "moderationNote" TEXT,
  ADD COLUMN "cancelledAt" TIMESTAMP(3),
  ADD COLUMN "reminderSentAt" TIMESTAMP(3),
  ADD COLUMN "reportRequestSentAt" TIMESTAMP(3);
CREATE UNIQUE INDEX "Event_hostTokenHash_key" ON "Event"("hostTokenHash");
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "Sponsor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "EventReport"
  ADD COLUMN "moderatedAt" TIMESTAMP(3),
  ADD COLUMN "moderatedById" TEXT,
  ADD COLUMN "moderationNote" TEXT;

-- No photo was ever stored in the database by the application (only the schema had the column).
DELETE FROM "EventPhoto";
ALTER TABLE "EventPhoto"
  DROP COLUMN "bytes",
  ADD COLUMN "storageKey" TEXT NOT NULL,
  ADD COLUMN "byteSize" INTEGER NOT NULL,
  ADD COLUMN "hidden" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "hiddenAt" TIMESTAMP(3),
  ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX "EventPhoto_storageKey_key" ON "EventPhoto"("storageKey");

CREATE TABLE "TrustedHost" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "emailNormalised" TEXT NOT NULL,
    "trustedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrustedHost_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "TrustedHost_campaignId_emailNormalised_key" ON "TrustedHost"("campaignId", "emailNormalised");
ALTER TABLE "TrustedHost" ADD CONSTRAINT "TrustedHost_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "DayOfAction" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DayOfAction_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DayOfAction_campaignId_date_key" ON "DayOfAction"("campaignId", "date");
ALTER TABLE "DayOfAction" ADD CONSTRAINT "DayOfAction_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
