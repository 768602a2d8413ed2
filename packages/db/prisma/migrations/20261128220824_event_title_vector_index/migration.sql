-- Hand-written: Prisma cannot index a column it does not know. search.query ranks the events whose
-- title matches first and the rest only when those do not fill the page; this index finds the
-- title matches without reading every event that matches anywhere.
CREATE INDEX "Event_titleVector_idx" ON "Event" USING GIN ("titleVector");
