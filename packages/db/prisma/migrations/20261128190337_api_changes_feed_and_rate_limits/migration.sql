-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('PUBLISHED', 'UPDATED', 'UNPUBLISHED', 'DELETED');

-- CreateTable
CREATE TABLE "ChangeLog" (
    -- Hand-edited: an identity column rather than BIGSERIAL; nothing but the sequence sets it.
    "seq" BIGINT GENERATED ALWAYS AS IDENTITY,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ChangeLog_entityType_entityId_idx" ON "ChangeLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

-- Hand-written: a database that already holds published records (seeded before this migration)
-- starts its feed with one PUBLISHED change per public record, so a mirror that follows the feed
-- from the start sees everything. A fresh database is empty here; the seed writes its own rows.
INSERT INTO "ChangeLog" ("entityType", "entityId", "slug", "change", "at")
SELECT "entityType", "entityId", "slug", 'PUBLISHED', "at"
FROM (
  SELECT 'SOURCE'::"EntityType" AS "entityType", id AS "entityId", slug, COALESCE("publishedAt", "updatedAt") AS "at", 1 AS ord
    FROM "Source" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL
  UNION ALL
  SELECT 'TOPIC', id, slug, COALESCE("publishedAt", "updatedAt"), 2
    FROM "Topic" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL
  UNION ALL
  SELECT 'ACTOR', id, slug, "createdAt", 3 FROM "Actor" WHERE "deletedAt" IS NULL
  UNION ALL
  SELECT 'PLACE', id, slug, "createdAt", 4 FROM "Place" WHERE "deletedAt" IS NULL
  UNION ALL
  SELECT 'RATING', r.id, s.slug || '-' || r.year, COALESCE(r."publishedAt", r."updatedAt"), 5
    FROM "Rating" r JOIN "RatingSeries" s ON s.id = r."seriesId"
    WHERE r."workflowStatus" = 'PUBLISHED' AND r."deletedAt" IS NULL
  UNION ALL
  SELECT 'EVENT', id, slug, COALESCE("publishedAt", "updatedAt"), 6
    FROM "Event" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL
) AS public_records
ORDER BY "at", ord, "entityId";
