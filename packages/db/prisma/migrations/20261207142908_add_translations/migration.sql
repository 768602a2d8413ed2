-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "recordId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewed" BOOLEAN NOT NULL DEFAULT false,
    "publishedText" TEXT,
    "publishedSourceHash" TEXT,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Translation_entityType_locale_status_idx" ON "Translation"("entityType", "locale", "status");

-- CreateIndex
CREATE INDEX "Translation_updatedById_idx" ON "Translation"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_entityType_recordId_locale_field_key" ON "Translation"("entityType", "recordId", "locale", "field");

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The translated languages; English, the source, lives in the records' own tables.
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_locale_check" CHECK ("locale" IN ('ru', 'kk'));
