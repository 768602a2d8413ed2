-- Hand-written: Prisma's schema language cannot express extensions' functions or expression
-- indexes. search.query (packages/api/src/search) uses these to find names typed with a typo or in
-- another spelling ("Zhanozen", "Nazarbaev"), and to say "did you mean".
-- pg_trgm and unaccent are trusted extensions (PostgreSQL 13+): the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so it cannot be used in an index. This
-- wrapper names the dictionary explicitly, which makes the result fixed, and folds case too. Every
-- fuzzy query compares search_fold(column) so that it matches these indexes.
CREATE FUNCTION search_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Titles and names by trigram (word_similarity, `<%`): a name typed with a letter missing or a
-- variant spelling still shares most of its trigrams with the stored one.
CREATE INDEX "Event_title_trgm_idx" ON "Event" USING GIN (search_fold("title") gin_trgm_ops);
CREATE INDEX "Case_title_trgm_idx" ON "Case" USING GIN (search_fold("title") gin_trgm_ops);
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING GIN (search_fold("title") gin_trgm_ops);
CREATE INDEX "Topic_name_trgm_idx" ON "Topic" USING GIN (search_fold("name") gin_trgm_ops);
-- A protected person's name must not be found: only names shown in public are indexed.
CREATE INDEX "Actor_name_trgm_idx" ON "Actor" USING GIN (search_fold("name") gin_trgm_ops)
  WHERE NOT "isProtected";

-- A protected person is found by the words of their pseudonym only. search.query matched that with
-- one CASE over both vectors, which no index serves (every search read every actor); it now matches
-- two indexed branches: "searchVector" for the others, this for the protected.
CREATE INDEX "Actor_pseudonym_search_idx" ON "Actor"
  USING GIN (to_tsvector('simple'::regconfig, COALESCE("pseudonym", '')))
  WHERE "isProtected";
