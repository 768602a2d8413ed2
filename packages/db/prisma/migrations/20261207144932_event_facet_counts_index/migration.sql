-- CreateIndex
CREATE INDEX "Event_status_deletedAt_startDate_id_idx" ON "Event"("status", "deletedAt", "startDate", "id");
