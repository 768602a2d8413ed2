// The SQL of search.query, one builder per statement shape, so that search.explain.int.test.ts
// explains exactly what the service sends. Fixed SQL only: the caller's text travels as parameters.
//
// Every record is English today and is matched through its stored "searchVector" (English stems and
// plain words). A Cyrillic query reaches it through transliteration (names) and the glossary (terms).
// Text in other languages, when records have it, belongs in a search document per record and
// language, indexed with that language's configuration ('russian' has a stemmer; Kazakh has none
// in PostgreSQL: 'simple' over search_fold, as the glossary's Kazakh terms are matched below).
import { Prisma } from "@kz/db";

import {
  PUBLIC_ACTOR_NAME,
  PUBLIC_ACTOR_SNIPPET,
  PUBLIC_ACTOR_VECTOR,
} from "../actor/public-actor.sql";
import { COLLECTIONS, type Collection, type CollectionConfig } from "../collections";
import type { SearchSpec } from "../collections/define";
import { MATCH_START, MATCH_STOP, prefixQueryText } from "../shared/fulltext";
import { glossaryRows } from "./glossary";
import { cyrillicToLatin } from "./transliterate";

interface Target {
  table: Prisma.Sql;
  visible: Prisma.Sql;
  /** Whether the record matches `query`: an indexed condition. */
  matches: (query: Prisma.Sql) => Prisma.Sql;
  /** What a match is ranked against. */
  vector: Prisma.Sql;
  /** The title's words (English stems and plain words): a hit whose title matches comes first. */
  titleVector: Prisma.Sql;
  /** Whether the record matches `query` in its title: an indexed condition. */
  titleMatches: (query: Prisma.Sql) => Prisma.Sql;
  /** The text the snippet is cut from. */
  snippet: Prisma.Sql;
  tiebreak: Prisma.Sql;
  /** The columns `tiebreak` reads. */
  tiebreakColumns: Prisma.Sql;
  /** The title or name as the public sees it, for typos (trigram-indexed, see the migration). */
  fuzzyName: Prisma.Sql;
  fuzzyVisible: Prisma.Sql;
}

/** The collections search shows, by noun; the registry says how (CollectionConfig.search). */
type Searchable = Extract<Collection, { search: SearchSpec }>;
export type TargetName = Searchable["noun"];

const PUBLISHED = Prisma.raw(`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`);
const STORED_VECTOR = Prisma.raw(`t."searchVector"`);
const column = (name: string) => Prisma.raw(`t."${name}"`);
const titleWords = (title: Prisma.Sql) =>
  Prisma.sql`(to_tsvector('english', ${title}) || to_tsvector('simple', ${title}))`;

/** A collection's search as SQL over its table, aliased `t`. */
function targetOf({ table, search: spec }: { table: string; search: SearchSpec }): Target {
  const title = column(spec.title);
  const order = spec.order.map((o) =>
    o.descending ? Prisma.sql`${column(o.column)} DESC` : column(o.column),
  );
  const matches = (query: Prisma.Sql) => Prisma.sql`${STORED_VECTOR} @@ ${query}`;
  const titleVector = spec.storedTitleVector ? column("titleVector") : titleWords(title);
  const plain: Target = {
    table: Prisma.raw(`"${table}"`),
    visible: PUBLISHED,
    matches,
    vector: STORED_VECTOR,
    titleVector,
    // A stored title vector has its own index, which alone finds the title matches: the full match
    // is then only re-checked (`IS TRUE` keeps the planner off its index). Every title match but one
    // with a negated word ("protest -police") matches in full, so intersecting with the full index
    // would read thousands of entries for a common word to drop none.
    titleMatches: spec.storedTitleVector
      ? (query) => Prisma.sql`${titleVector} @@ ${query} AND (${matches(query)}) IS TRUE`
      : (query) => Prisma.sql`${matches(query)} AND ${titleVector} @@ ${query}`,
    snippet: Prisma.join(spec.snippet.map(column), ` || E'\\n' || `),
    tiebreak: Prisma.join([...order, Prisma.raw(`t.id`)], ", "),
    tiebreakColumns: Prisma.join([...spec.order.map((o) => column(o.column)), Prisma.raw(`t.id`)]),
    fuzzyName: Prisma.sql`search_fold(${title})`,
    fuzzyVisible: PUBLISHED,
  };
  if (!spec.protectedIdentities) return plain;
  // A protected person is matched, titled, cut from and sorted by their pseudonym only. Written as
  // two indexed branches (the migration indexes the pseudonym's words) rather than one CASE, which
  // no index can serve. Nobody finds them by a misspelling of their name: it is not indexed.
  const protectedMatches = (query: Prisma.Sql) =>
    Prisma.sql`((NOT t."isProtected" AND ${STORED_VECTOR} @@ ${query}) OR
        (t."isProtected" AND to_tsvector('simple', COALESCE(t.pseudonym, '')) @@ ${query}))`;
  const publicTitle = titleWords(PUBLIC_ACTOR_NAME);
  return {
    ...plain,
    matches: protectedMatches,
    vector: PUBLIC_ACTOR_VECTOR,
    titleVector: publicTitle,
    titleMatches: (query) => Prisma.sql`${protectedMatches(query)} AND ${publicTitle} @@ ${query}`,
    snippet: PUBLIC_ACTOR_SNIPPET,
    tiebreak: Prisma.sql`${PUBLIC_ACTOR_NAME}, t.id`,
    tiebreakColumns: Prisma.raw(`t."isProtected", t.pseudonym, t.name, t.id`),
    fuzzyVisible: Prisma.sql`${PUBLISHED} AND NOT t."isProtected"`,
  };
}

/** The search targets of the collections that declare `search`, by noun. */
export const targetsOf = (collections: readonly CollectionConfig[]): Record<string, Target> =>
  Object.fromEntries(
    collections.flatMap((c) => (c.search ? [[c.noun, targetOf({ ...c, search: c.search })]] : [])),
  );

export const TARGETS = targetsOf(COLLECTIONS) as Record<TargetName, Target>;

// Every match marked, the text kept whole: snippet.ts cuts it at sentences. The markers are removed
// from the text first so stored content cannot forge a match.
const MARK_ALL = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_STOP}`;

/**
 * How many matches of one table are ranked at most. A word in thousands of titles ("protest" in
 * 5 000 at 100 000 events) cost a read of every one to rank them; now the best of the first this many
 * found, in the table's order, are the hits. Every real collection is far smaller.
 */
export const RANKED_MATCHES = 1000;

/**
 * The best `limit` hits in one table whose title matches (`titled`) or does not, by rank, with
 * their text marked and their place among them (`position`). Ranking and the limit run first;
 * ts_headline, the costly part, runs only on the hits kept.
 */
function targetHits(
  name: string,
  target: Target,
  query: Prisma.Sql,
  limit: number,
  titled: boolean,
) {
  const { table, visible, matches, vector, titleVector, titleMatches, snippet, tiebreak } = target;
  const { tiebreakColumns } = target;
  const condition = titled
    ? titleMatches(query)
    : Prisma.sql`${matches(query)} AND NOT (${titleVector} @@ ${query})`;
  const matched = Prisma.raw(`${name}_matches`);
  const hits = Prisma.raw(`${name}_hits`);
  return {
    // MATERIALIZED: planned as if every match were read, through the search index (with the limit
    // in view the planner would walk the table instead, expecting to find them soon), yet read
    // only as far as the limit below pulls it, each row ranked as it is read. It keeps the columns
    // `tiebreak` reads under their names, so that it sorts them as `t`.
    ctes: Prisma.sql`${matched} AS MATERIALIZED (
      SELECT ${tiebreakColumns}, ts_rank(${vector}, ${query})::float8 AS rank
      FROM ${table} t
      WHERE ${visible} AND ${condition}),
    ${hits} AS (
      SELECT t.id, t.rank FROM (SELECT * FROM ${matched} LIMIT ${RANKED_MATCHES}) t
      ORDER BY t.rank DESC, ${tiebreak}
      LIMIT ${limit})`,
    rows: Prisma.sql`
      SELECT ${name}::text AS target, t.id, h.rank,
        row_number() OVER (ORDER BY h.rank DESC, ${tiebreak}) AS position,
        ts_headline('english', translate(${snippet}, ${MATCH_START + MATCH_STOP}, ''), ${query},
          ${MARK_ALL}) AS marked
      FROM ${hits} h JOIN ${table} t ON t.id = h.id`,
  };
}

/**
 * The best hits in each of `limits`' tables (up to its limit there) whose title matches (`titled`)
 * or does not, by rank: rows of (target, id, rank, marked), each target's in order. One statement
 * for all tables, one round trip where a table at a time cost five. The query is written out in
 * each condition rather than read from a CTE, which would hide its words from the planner: it
 * would guess how many rows match and may then walk every published row instead of the index.
 */
export function hitsSql(
  query: Prisma.Sql,
  limits: Partial<Record<TargetName, number>>,
  titled: boolean,
) {
  const each = Object.entries(limits).map(([name, limit]) =>
    targetHits(name, TARGETS[name as TargetName], query, limit!, titled),
  );
  return Prisma.sql`
    WITH ${Prisma.join(
      each.map((e) => e.ctes),
      ",\n",
    )}
    ${Prisma.join(
      each.map((e) => e.rows),
      " UNION ALL ",
    )}
    ORDER BY target, position`;
}

/**
 * For each Cyrillic word of a query: whether it is a Russian stop word ("в", "и": dropped from
 * the query), its Russian stem ("Жанаозене" → жанаозен), and the English of the glossary terms it
 * is a form of (Russian by stem, Kazakh by prefix). Reads no table.
 */
export function glossarySql(words: string[]) {
  return Prisma.sql`
    SELECT w.word,
      numnode(plainto_tsquery('russian', w.word)) = 0 AS stop,
      (ts_lexize('russian_stem', w.word))[1] AS stem,
      COALESCE(array_agg(DISTINCT g.en) FILTER (WHERE g.en IS NOT NULL), '{}') AS english
    FROM unnest(${words}::text[]) AS w(word)
    LEFT JOIN jsonb_to_recordset(${JSON.stringify(glossaryRows())}::jsonb)
      AS g(lang text, term text, en text)
      ON CASE g.lang
        WHEN 'ru' THEN to_tsvector('russian', w.word) @@ plainto_tsquery('russian', g.term)
        ELSE to_tsvector('simple', search_fold(w.word))
          @@ to_tsquery('simple', quote_literal(search_fold(g.term)) || ':*')
      END
    GROUP BY w.word`;
}

export interface GlossaryMatch {
  word: string;
  stop: boolean;
  stem: string | null;
  english: string[];
}

/** A shorter stem, as a prefix, would match too many unrelated words. */
const MIN_STEM_LENGTH = 4;

/** The Latin prefixes a Cyrillic word is sought by: its own, and its Russian stem's when shorter. */
function latinPrefixes({ word, stem }: GlossaryMatch): string[] {
  const whole = cyrillicToLatin(word).toLowerCase();
  const stemmed =
    stem && stem.length >= MIN_STEM_LENGTH ? cyrillicToLatin(stem).toLowerCase() : null;
  // "nazarba" finds all that "nazarbaev" would: one prefix is enough, and each costs an index walk.
  if (!stemmed || whole.startsWith(stemmed)) return [stemmed ?? whole];
  return [whole, stemmed];
}

/**
 * The tsquery for a query with Cyrillic words, or null when none is usable: every word must match,
 * by its Latin letters as a prefix of a word of the record (names: "Жанаозен", "в Жанаозене" →
 * zhanaozen:*, through the Russian stem), or as the English of a glossary term ("пытки" → torture).
 * Search syntax (quotes, -, or) is not read in such a query. The Cyrillic itself matches nothing
 * while the records are English; per-language search documents will match it.
 */
export function expandedQuery(matches: GlossaryMatch[]): Prisma.Sql | null {
  const words = matches.flatMap((match) => {
    if (match.stop) return [];
    const alternatives = [
      ...latinPrefixes(match).flatMap((latin) => {
        const prefix = prefixQueryText(latin);
        return prefix === null ? [] : [Prisma.sql`to_tsquery('simple', ${prefix})`];
      }),
      ...match.english.map((en) => Prisma.sql`websearch_to_tsquery('english', ${en})`),
    ];
    return alternatives.length ? [Prisma.sql`(${Prisma.join(alternatives, " || ")})`] : [];
  });
  return words.length ? Prisma.sql`(${Prisma.join(words, " && ")})` : null;
}

const FUZZY_ROWS_PER_TABLE = 20;

/**
 * How much of a title a word must share to be a candidate (pg_trgm's default, 0.6, misses a
 * dropped letter in a short name: "zhanozen" shares 0.58 of "zhanaozen"). Set in the transaction
 * that runs correctionSql.
 */
export const WORD_SIMILARITY_THRESHOLD = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`;

/**
 * The word of a visible title or name most like `word` (trigram similarity), for "did you mean":
 * "zhanozen" → "zhanaozen", "nazarbaev" → "nazarbayev". Each table is read through its trigram
 * index (`<%`: `word` is like some part of the title); the words of those titles are then compared.
 */
export function correctionSql(word: string) {
  const candidates = Object.values(TARGETS).map(
    ({ table, fuzzyName, fuzzyVisible }) => Prisma.sql`(
      SELECT ${fuzzyName} AS text FROM ${table} t
      WHERE ${fuzzyVisible} AND search_fold(${word}::text) <% ${fuzzyName}
      LIMIT ${FUZZY_ROWS_PER_TABLE})`,
  );
  return Prisma.sql`
    SELECT w.word FROM (${Prisma.join(candidates, " UNION ALL ")}) x
    CROSS JOIN LATERAL regexp_split_to_table(x.text, '[^[:alnum:]]+') AS w(word)
    WHERE length(w.word) >= 3 AND similarity(w.word, search_fold(${word}::text)) >= 0.3
    ORDER BY similarity(w.word, search_fold(${word}::text)) DESC, w.word
    LIMIT 1`;
}
