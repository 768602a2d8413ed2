-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "autosave" BOOLEAN NOT NULL DEFAULT false;
