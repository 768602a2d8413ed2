-- CreateEnum
CREATE TYPE "TopicFactKind" AS ENUM ('FIGURE', 'STATEMENT', 'INSTRUMENT', 'PROGRAMME');

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "topicFactId" TEXT;

-- CreateTable
CREATE TABLE "TopicFact" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "kind" "TopicFactKind" NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "qualifier" TEXT,
    "unit" TEXT,
    "asOf" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TopicFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TopicFact_topicId_position_idx" ON "TopicFact"("topicId", "position");

-- CreateIndex
CREATE INDEX "Citation_topicFactId_position_idx" ON "Citation"("topicFactId", "position");

-- AddForeignKey
ALTER TABLE "TopicFact" ADD CONSTRAINT "TopicFact_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_topicFactId_fkey" FOREIGN KEY ("topicFactId") REFERENCES "TopicFact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a citation belongs to exactly one record, and now a topic's fact may be that record
-- (the schema language cannot express the CHECK).
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_exactly_one_target";
ALTER TABLE "Citation"
  ADD CONSTRAINT "Citation_exactly_one_target"
  CHECK (num_nonnulls("eventId", "ratingId", "topicId", "caseEntryId", "caseFindingId", "topicFactId") = 1);
