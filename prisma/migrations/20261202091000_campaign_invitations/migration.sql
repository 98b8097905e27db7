-- Issue 10: owners invite members by email (a single-use link that expires).
CREATE TABLE "CampaignInvitation" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "OrganiserRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CampaignInvitation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CampaignInvitation_tokenHash_key" ON "CampaignInvitation"("tokenHash");
CREATE INDEX "CampaignInvitation_campaignId_createdAt_idx" ON "CampaignInvitation"("campaignId", "createdAt");
ALTER TABLE "CampaignInvitation" ADD CONSTRAINT "CampaignInvitation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
