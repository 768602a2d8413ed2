-- Hand-written: the Prisma schema language cannot express generated tsvector columns or CHECK
-- constraints. The columns are not in schema.prisma, so the client never selects them, and search
-- queries read them with raw SQL.

-- A citation belongs to exactly one record: an event, a rating or a topic overview.
ALTER TABLE "Citation"
  ADD CONSTRAINT "Citation_exactly_one_target"
  CHECK (num_nonnulls("eventId", "ratingId", "topicId") = 1);

-- Full-text search. English stemming for words, and the simple configuration keeps names such as
-- Zhanaozen unstemmed so they can also be matched by prefix.
ALTER TABLE "Event" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("body", '')), 'D')
) STORED;
CREATE INDEX "Event_searchVector_idx" ON "Event" USING GIN ("searchVector");

ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("publisher", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("notes", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("publisher", '')), 'D')
) STORED;
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

ALTER TABLE "Topic" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("overview", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("name", '') || ' ' || coalesce("overview", '')), 'D')
) STORED;
CREATE INDEX "Topic_searchVector_idx" ON "Topic" USING GIN ("searchVector");

ALTER TABLE "Actor" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, coalesce("name", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'C')
) STORED;
CREATE INDEX "Actor_searchVector_idx" ON "Actor" USING GIN ("searchVector");
