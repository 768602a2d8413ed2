-- A data migration: the schema is unchanged. The statements below run once on every database,
-- in order with the other migrations; write them so that they change only what they mean to.

-- Issue 12: attributions are not sources. Issue 21 wrote the speaker the document gives cited words
-- to at the end of the locator ("Protests › 2011 Zhanaozen oil worker strikes (eyewitnesses)");
-- citations now carry it as their attribution, and the locator names only a place in the cited
-- document. Only the speakers issue 21 wrote are moved (a locator such as "p. 4 (annex)" stays as
-- it is), and only where no attribution is set yet, so running it on any database is safe. An
-- editor's pending working copy gets the same move; published versions kept in revisions are
-- history, left as they were.
CREATE TEMPORARY TABLE speaker (name text PRIMARY KEY);
INSERT INTO speaker VALUES
  ('national representatives'), ('Kazakh officials'), ('eyewitnesses'),
  ('government officials'), ('official sources'), ('the EU');

CREATE FUNCTION pg_temp.speaker_of(locator text) RETURNS text LANGUAGE sql AS $$
  SELECT s.name FROM speaker s WHERE locator LIKE '% (' || s.name || ')'
$$;

CREATE FUNCTION pg_temp.place_of(locator text, speaker text) RETURNS text LANGUAGE sql AS $$
  SELECT nullif(left(locator, length(locator) - length(speaker) - 3), '')
$$;

UPDATE "Citation" c
SET "attributedTo" = pg_temp.speaker_of(c.locator),
    locator = pg_temp.place_of(c.locator, pg_temp.speaker_of(c.locator))
WHERE c."attributedTo" IS NULL AND pg_temp.speaker_of(c.locator) IS NOT NULL;

-- A working copy's citations (jsonb array), moved the same way.
CREATE FUNCTION pg_temp.moved(citations jsonb) RETURNS jsonb LANGUAGE sql AS $$
  SELECT coalesce(jsonb_agg(
    CASE WHEN c->>'attributedTo' IS NULL AND pg_temp.speaker_of(c->>'locator') IS NOT NULL
      THEN c || jsonb_build_object(
        'attributedTo', pg_temp.speaker_of(c->>'locator'),
        'locator', pg_temp.place_of(c->>'locator', pg_temp.speaker_of(c->>'locator')))
      ELSE c END ORDER BY i), '[]'::jsonb)
  FROM jsonb_array_elements(citations) WITH ORDINALITY AS t(c, i)
$$;

-- Case entries and findings each hold citations of their own.
CREATE FUNCTION pg_temp.moved_items(items jsonb) RETURNS jsonb LANGUAGE sql AS $$
  SELECT coalesce(jsonb_agg(
    CASE WHEN jsonb_typeof(item->'citations') = 'array'
      THEN jsonb_set(item, '{citations}', pg_temp.moved(item->'citations')) ELSE item END
    ORDER BY i), '[]'::jsonb)
  FROM jsonb_array_elements(items) WITH ORDINALITY AS t(item, i)
$$;

UPDATE "Event" SET "pendingChanges" = jsonb_set("pendingChanges", '{citations}', pg_temp.moved("pendingChanges"->'citations'))
WHERE jsonb_typeof("pendingChanges"->'citations') = 'array';
UPDATE "Topic" SET "pendingChanges" = jsonb_set("pendingChanges", '{citations}', pg_temp.moved("pendingChanges"->'citations'))
WHERE jsonb_typeof("pendingChanges"->'citations') = 'array';
UPDATE "Rating" SET "pendingChanges" = jsonb_set("pendingChanges", '{citations}', pg_temp.moved("pendingChanges"->'citations'))
WHERE jsonb_typeof("pendingChanges"->'citations') = 'array';
UPDATE "Case" SET "pendingChanges" = jsonb_set("pendingChanges", '{entries}', pg_temp.moved_items("pendingChanges"->'entries'))
WHERE jsonb_typeof("pendingChanges"->'entries') = 'array';
UPDATE "Case" SET "pendingChanges" = jsonb_set("pendingChanges", '{findings}', pg_temp.moved_items("pendingChanges"->'findings'))
WHERE jsonb_typeof("pendingChanges"->'findings') = 'array';

DROP TABLE speaker;
DROP FUNCTION pg_temp.moved_items(jsonb);
DROP FUNCTION pg_temp.moved(jsonb);
DROP FUNCTION pg_temp.place_of(text, text);
DROP FUNCTION pg_temp.speaker_of(text);
