-- CreateIndex
CREATE INDEX "Event_status_deletedAt_updatedAt_idx" ON "Event"("status", "deletedAt", "updatedAt" DESC);
