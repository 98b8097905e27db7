-- Delivery consent, asked on its own (docs/decisions/019). Signatures given under the first consent text
-- were delivered by name only when public, so that is what they agreed to.
ALTER TABLE "Signature" ADD COLUMN     "deliveryConsent" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Signature" SET "deliveryConsent" = "isPublic";

-- CreateTable
CREATE TABLE "SupporterDataLink" (
    "id" TEXT NOT NULL,
    "emailNormalised" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupporterDataLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupporterDataLink_tokenHash_key" ON "SupporterDataLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SupporterDataLink_emailNormalised_idx" ON "SupporterDataLink"("emailNormalised");
