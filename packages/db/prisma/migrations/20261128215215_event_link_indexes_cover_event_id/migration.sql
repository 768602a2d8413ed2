-- DropIndex
DROP INDEX "EventTopic_topicId_idx";

-- DropIndex
DROP INDEX "EventPlace_placeId_idx";

-- DropIndex
DROP INDEX "EventActor_actorId_idx";

-- CreateIndex
CREATE INDEX "EventTopic_topicId_eventId_idx" ON "EventTopic"("topicId", "eventId");

-- CreateIndex
CREATE INDEX "EventPlace_placeId_eventId_idx" ON "EventPlace"("placeId", "eventId");

-- CreateIndex
CREATE INDEX "EventActor_actorId_eventId_idx" ON "EventActor"("actorId", "eventId");
