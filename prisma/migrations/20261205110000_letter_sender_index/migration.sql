-- "The same text from one sender": each new letter reads that sender's letters of the last day. Without this
-- index every submission scanned the whole Letter table.
CREATE INDEX "Letter_senderEmailNormalised_createdAt_idx" ON "Letter"("senderEmailNormalised", "createdAt");
