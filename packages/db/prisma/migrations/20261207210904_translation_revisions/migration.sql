-- DropIndex
DROP INDEX "Revision_entityType_entityId_version_key";

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_locale_version_key" ON "Revision"("entityType", "entityId", "locale", "version");
