-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('DETENTION', 'PROSECUTION', 'PHYSICAL_ATTACK', 'HARASSMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('ARRESTED', 'DETAINED', 'CHARGED', 'CONVICTED', 'SENTENCED', 'RELEASED', 'RESTRICTED', 'ACQUITTED', 'ATTACKED', 'DECEASED', 'OTHER');

-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'CASE';

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "isProtected" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pseudonym" TEXT;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "caseEntryId" TEXT,
ADD COLUMN     "caseFindingId" TEXT;

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "unnamedCount" INTEGER NOT NULL DEFAULT 0,
    "charges" TEXT NOT NULL DEFAULT '',
    "articles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "authority" TEXT NOT NULL DEFAULT '',
    "detentionPlace" TEXT NOT NULL DEFAULT '',
    "lastStatus" "CaseStatus",
    "lastStatusDate" DATE,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "publishAt" TIMESTAMP(3),
    "pendingChanges" JSONB,
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseActor" (
    "caseId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseActor_pkey" PRIMARY KEY ("caseId","actorId")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "caseId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("caseId","eventId")
);

-- CreateTable
CREATE TABLE "CaseTopic" (
    "caseId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "CaseTopic_pkey" PRIMARY KEY ("caseId","topicId")
);

-- CreateTable
CREATE TABLE "CaseEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "status" "CaseStatus" NOT NULL,
    "term" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseFinding" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_slug_key" ON "Case"("slug");

-- CreateIndex
CREATE INDEX "Case_status_deletedAt_title_idx" ON "Case"("status", "deletedAt", "title");

-- CreateIndex
CREATE INDEX "Case_status_deletedAt_lastStatus_idx" ON "Case"("status", "deletedAt", "lastStatus");

-- CreateIndex
CREATE INDEX "Case_kind_idx" ON "Case"("kind");

-- CreateIndex
CREATE INDEX "Case_publishAt_idx" ON "Case"("publishAt");

-- CreateIndex
CREATE INDEX "Case_createdById_idx" ON "Case"("createdById");

-- CreateIndex
CREATE INDEX "Case_updatedById_idx" ON "Case"("updatedById");

-- CreateIndex
CREATE INDEX "CaseActor_actorId_caseId_idx" ON "CaseActor"("actorId", "caseId");

-- CreateIndex
CREATE INDEX "CaseEvent_eventId_caseId_idx" ON "CaseEvent"("eventId", "caseId");

-- CreateIndex
CREATE INDEX "CaseTopic_topicId_caseId_idx" ON "CaseTopic"("topicId", "caseId");

-- CreateIndex
CREATE INDEX "CaseEntry_caseId_position_idx" ON "CaseEntry"("caseId", "position");

-- CreateIndex
CREATE INDEX "CaseEntry_status_date_idx" ON "CaseEntry"("status", "date");

-- CreateIndex
CREATE INDEX "CaseFinding_caseId_position_idx" ON "CaseFinding"("caseId", "position");

-- CreateIndex
CREATE INDEX "Citation_caseEntryId_position_idx" ON "Citation"("caseEntryId", "position");

-- CreateIndex
CREATE INDEX "Citation_caseFindingId_position_idx" ON "Citation"("caseFindingId", "position");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseActor" ADD CONSTRAINT "CaseActor_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseActor" ADD CONSTRAINT "CaseActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTopic" ADD CONSTRAINT "CaseTopic_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTopic" ADD CONSTRAINT "CaseTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFinding" ADD CONSTRAINT "CaseFinding_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_caseEntryId_fkey" FOREIGN KEY ("caseEntryId") REFERENCES "CaseEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_caseFindingId_fkey" FOREIGN KEY ("caseFindingId") REFERENCES "CaseFinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a citation belongs to exactly one record, and now a case's timeline entry or
-- finding may be that record (the schema language cannot express the CHECK).
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_exactly_one_target";
ALTER TABLE "Citation"
  ADD CONSTRAINT "Citation_exactly_one_target"
  CHECK (num_nonnulls("eventId", "ratingId", "topicId", "caseEntryId", "caseFindingId") = 1);

-- Hand-written: full-text search over cases, like the other kinds (not in schema.prisma).
ALTER TABLE "Case" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("charges", '') || ' ' || coalesce("authority", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", '')), 'D')
) STORED;
CREATE INDEX "Case_searchVector_idx" ON "Case" USING GIN ("searchVector");
