-- Issue 10: a campaign's team is owners, editors and moderators (lib/auth/capabilities.ts says what
-- each may do). The lead organiser becomes an owner; an organiser becomes an editor.
ALTER TYPE "OrganiserRole" RENAME VALUE 'LEAD' TO 'OWNER';
ALTER TYPE "OrganiserRole" RENAME VALUE 'ORGANISER' TO 'EDITOR';
ALTER TABLE "CampaignOrganiser" ALTER COLUMN "role" SET DEFAULT 'EDITOR';

-- A campaign can be closed (its petitions closed, its pages still shown) before it is archived.
ALTER TYPE "CampaignStatus" ADD VALUE 'CLOSED' BEFORE 'ARCHIVED';
