-- The claim reads due rows in the order "nextAttemptAt", id (docs/decisions/025). Without id in the index,
-- rows due at one time (10,000 letters queued at once, a surge of confirmations) were all read and sorted
-- for every batch: 13 ms a claim at 10,000 rows. With it, the claim reads the rows it takes.
DROP INDEX "OutboxEmail_status_priority_nextAttemptAt_idx";
CREATE INDEX "OutboxEmail_status_priority_nextAttemptAt_id_idx" ON "OutboxEmail"("status", "priority", "nextAttemptAt", "id");
