-- Mail that someone waits for (a confirmation link, a sign-in link, an invitation) goes before bulk mail
-- (a campaign's news): the outbox worker claims HIGH first and only a few LOW rows per tick.
CREATE TYPE "MailPriority" AS ENUM ('HIGH', 'LOW');
ALTER TABLE "OutboxEmail" ADD COLUMN "priority" "MailPriority" NOT NULL DEFAULT 'HIGH';
-- The claim reads one range of this index per priority (status, priority, due time).
DROP INDEX "OutboxEmail_status_nextAttemptAt_idx";
CREATE INDEX "OutboxEmail_status_priority_nextAttemptAt_idx" ON "OutboxEmail"("status", "priority", "nextAttemptAt");

-- A news post is emailed to its campaign's subscribers once: when, and to how many addresses.
ALTER TABLE "NewsPost" ADD COLUMN "emailedAt" TIMESTAMP(3);
ALTER TABLE "NewsPost" ADD COLUMN "emailedCount" INTEGER;
