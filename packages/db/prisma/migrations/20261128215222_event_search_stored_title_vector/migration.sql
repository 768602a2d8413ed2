-- Hand-written: the Prisma schema language cannot express storage settings or generated tsvector
-- columns. Both make search.query fast at 100 000 events without changing what it returns.

-- Ranking reads "searchVector" of every match. Rows over ~2 kB (most events: the vector is larger
-- than the text) had it moved out of line, so each match cost a TOAST lookup: ranking 12 000
-- matches took ~170 ms, and ~50 ms with the vector in the row. Rows now stay whole up to a full
-- page; longer ones are still compressed and moved out as before. Set first, so the rewrite below
-- applies it to existing rows.
ALTER TABLE "Event" SET (toast_tuple_target = 8160);

-- Events whose title matches rank first. Computing the title's vector for every matching event
-- (thousands for a common word) cost more than the rest of the search; it is now stored, with the
-- very expression search.service.ts computed, and like "searchVector" it is not in schema.prisma.
ALTER TABLE "Event" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english'::regconfig, "title") || to_tsvector('simple'::regconfig, "title")
) STORED;
