-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "pendingChanges" JSONB,
ADD COLUMN     "publishAt" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "Status" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "pendingChanges" JSONB,
ADD COLUMN     "publishAt" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "Status" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "updatedById" TEXT;

-- Every actor and place saved so far was public the moment it was saved: they stay published, as
-- of when they were created. New ones start as drafts (the column default).
UPDATE "Actor" SET "status" = 'PUBLISHED', "publishedAt" = "createdAt";
UPDATE "Place" SET "status" = 'PUBLISHED', "publishedAt" = "createdAt";

-- CreateIndex
CREATE INDEX "Actor_status_deletedAt_name_idx" ON "Actor"("status", "deletedAt", "name");

-- CreateIndex
CREATE INDEX "Actor_publishAt_idx" ON "Actor"("publishAt");

-- CreateIndex
CREATE INDEX "Actor_createdById_idx" ON "Actor"("createdById");

-- CreateIndex
CREATE INDEX "Actor_updatedById_idx" ON "Actor"("updatedById");

-- CreateIndex
CREATE INDEX "Place_status_deletedAt_name_idx" ON "Place"("status", "deletedAt", "name");

-- CreateIndex
CREATE INDEX "Place_publishAt_idx" ON "Place"("publishAt");

-- CreateIndex
CREATE INDEX "Place_createdById_idx" ON "Place"("createdById");

-- CreateIndex
CREATE INDEX "Place_updatedById_idx" ON "Place"("updatedById");

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
