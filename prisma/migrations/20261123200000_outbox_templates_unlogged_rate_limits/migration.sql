-- An outbox row holds either the finished email (subject, text, html) or the name of a template and its
-- data, rendered by the worker when it sends (docs/decisions/011-cheap-signature-writes.md).
ALTER TABLE "OutboxEmail" ALTER COLUMN "subject" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL,
ADD COLUMN     "template" TEXT,
ADD COLUMN     "templateData" JSONB;

ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_content_check"
  CHECK (("template" IS NOT NULL AND "templateData" IS NOT NULL) OR ("subject" IS NOT NULL AND "text" IS NOT NULL));

-- Rate-limit windows last minutes: they need not survive a crash, so they are not written to the WAL.
ALTER TABLE "RateLimitBucket" SET UNLOGGED;
