-- Hand-edited: both tables UNLOGGED. They hold a cache: no WAL written for every cache miss and
-- nothing shipped to replicas (the shared cache handler talks to the primary). After a crash
-- Postgres empties both together, which leaves a cold cache, never a wrong one.

-- CreateTable
CREATE UNLOGGED TABLE "NextCacheEntry" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "tags" TEXT[],
    "lastModified" TIMESTAMPTZ(6) NOT NULL,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "NextCacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE UNLOGGED TABLE "NextCacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "NextCacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "NextCacheEntry_expiresAt_idx" ON "NextCacheEntry"("expiresAt");

-- CreateIndex
CREATE INDEX "NextCacheTag_revalidatedAt_idx" ON "NextCacheTag"("revalidatedAt");
