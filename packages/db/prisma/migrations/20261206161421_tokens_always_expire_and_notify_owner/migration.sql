-- Every API token ends. Tokens made without an expiry get the default lifetime (90 days) from now,
-- capped at a year after they were made (the longest a token may live).
ALTER TABLE "ApiToken" ADD COLUMN "noticeDismissedAt" TIMESTAMP(3),
ADD COLUMN "revokedReason" TEXT;

UPDATE "ApiToken"
SET "expiresAt" = LEAST(CURRENT_TIMESTAMP + INTERVAL '90 days', "createdAt" + INTERVAL '1 year')
WHERE "expiresAt" IS NULL;

-- Tokens that exist before owners could be told of new ones are not announced now.
UPDATE "ApiToken" SET "noticeDismissedAt" = CURRENT_TIMESTAMP;

ALTER TABLE "ApiToken" ALTER COLUMN "expiresAt" SET NOT NULL;
