-- CreateTable
CREATE TABLE "EditPresence" (
    "id" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "recordId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedAt" TIMESTAMP(3),
    "takenOverById" TEXT,

    CONSTRAINT "EditPresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditPresence_entityType_recordId_idx" ON "EditPresence"("entityType", "recordId");

-- CreateIndex
CREATE INDEX "EditPresence_userId_idx" ON "EditPresence"("userId");

-- CreateIndex
CREATE INDEX "EditPresence_takenOverById_idx" ON "EditPresence"("takenOverById");

-- CreateIndex
CREATE INDEX "EditPresence_lastSeenAt_idx" ON "EditPresence"("lastSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "EditPresence_entityType_recordId_tabId_key" ON "EditPresence"("entityType", "recordId", "tabId");

-- AddForeignKey
ALTER TABLE "EditPresence" ADD CONSTRAINT "EditPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditPresence" ADD CONSTRAINT "EditPresence_takenOverById_fkey" FOREIGN KEY ("takenOverById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
