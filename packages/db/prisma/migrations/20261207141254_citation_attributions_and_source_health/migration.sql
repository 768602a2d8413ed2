-- CreateEnum
CREATE TYPE "SourceCheckResult" AS ENUM ('OK', 'REDIRECTED', 'BROKEN', 'UNREACHABLE');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "verificationNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "verifiedBy" TEXT,
ADD COLUMN     "verifiedOn" DATE;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "attributedActorId" TEXT,
ADD COLUMN     "attributedTo" TEXT;

-- CreateTable
CREATE TABLE "SourceCheck" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "result" "SourceCheckResult" NOT NULL,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "error" TEXT,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceCheck_sourceId_checkedAt_idx" ON "SourceCheck"("sourceId", "checkedAt");

-- CreateIndex
CREATE INDEX "SourceCheck_checkedAt_idx" ON "SourceCheck"("checkedAt");

-- CreateIndex
CREATE INDEX "Citation_attributedActorId_idx" ON "Citation"("attributedActorId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_attributedActorId_fkey" FOREIGN KEY ("attributedActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
