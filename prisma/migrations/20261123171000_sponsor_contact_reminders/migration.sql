-- AlterTable
ALTER TABLE "Sponsor" ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "lastReminderAt" TIMESTAMP(3),
ADD COLUMN     "remindersSent" INTEGER NOT NULL DEFAULT 0;
