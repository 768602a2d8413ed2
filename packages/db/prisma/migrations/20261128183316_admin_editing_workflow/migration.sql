-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "lastUpdateNote" TEXT,
ADD COLUMN     "pendingChanges" JSONB;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "pendingChanges" JSONB;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "pendingChanges" JSONB;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "pendingChanges" JSONB;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "action" TEXT NOT NULL DEFAULT 'update';
