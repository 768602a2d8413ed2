import type { Db, Prisma } from "@kz/db";

import { publicActor, publicActorSelect } from "../actor/public-actor";
import {
  eventSummarySelect,
  toEventSummary,
  withSourceCounts,
  type SiteContext,
} from "../event/event.service";
import { lower } from "../shared/enums";
import { snippetSegments } from "../shared/fulltext";
import { tsQuery } from "../shared/fulltext.sql";
import { toSourceSummary } from "../source/source.service";
import type { SearchHits, SearchQueryInput, SearchQueryOutput } from "./search.schema";
import {
  correctionSql,
  expandedQuery,
  glossarySql,
  hitsSql,
  TARGETS,
  WORD_SIMILARITY_THRESHOLD,
  type GlossaryMatch,
  type TargetName,
} from "./search.sql";
import { sentenceSnippet } from "./snippet";
import { cyrillicToLatin, hasCyrillic } from "./transliterate";

interface Hit {
  id: string;
  rank: number;
  marked: string;
}

type Hits = Record<TargetName, Hit[]>;

const SEARCHED = Object.keys(TARGETS) as TargetName[];

type HitRow = Hit & { target: TargetName };

/**
 * The best `limit` hits of every searchable collection, each kind on its own: those whose title
 * matches first, each group by rank. The rest are ranked only where the title hits do not fill the
 * page: ranking reads every match's searchVector, and a common word matches thousands of events at
 * 100 000. One statement for each group, whatever the number of collections.
 */
async function findHits(db: Db, query: Prisma.Sql, limit: number): Promise<Hits> {
  const hits = Object.fromEntries(SEARCHED.map((name) => [name, [] as Hit[]])) as Hits;
  // Each statement sorts each target's rows.
  const add = (rows: HitRow[]) => {
    for (const { target, id, rank, marked } of rows) hits[target].push({ id, rank, marked });
  };
  const all = Object.fromEntries(SEARCHED.map((name) => [name, limit]));
  add(await db.$queryRaw<HitRow[]>(hitsSql(query, all, true)));
  const unfilled = Object.fromEntries(
    SEARCHED.flatMap((name) =>
      hits[name].length < limit ? [[name, limit - hits[name].length]] : [],
    ),
  );
  if (Object.keys(unfilled).length)
    add(await db.$queryRaw<HitRow[]>(hitsSql(query, unfilled, false)));
  return hits;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MAX_WORDS = 8;

/** Words whose reading is known: it depends on the glossary and the server's dictionaries only. */
const readings = new Map<string, GlossaryMatch>();
/** Enough for every word readers type in a day; past it, the oldest readings are forgotten. */
const MAX_READINGS = 10_000;

/**
 * Each word's stop-word flag, stem and glossary English, read once per word and process: the
 * statement that reads them cost a fifth of a Cyrillic search at 100 000 events.
 */
async function glossaryMatches(db: Db, words: string[]): Promise<GlossaryMatch[]> {
  const unread = words.filter((w) => !readings.has(w));
  if (unread.length) {
    for (const match of await db.$queryRaw<GlossaryMatch[]>(glossarySql(unread))) {
      if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value!);
      readings.set(match.word, match);
    }
  }
  return words.flatMap((w) => readings.get(w) ?? []);
}

/** The tsquery for `q`: as typed, or for Cyrillic, word by word with its Latin and English forms. */
async function queryFor(db: Db, q: string): Promise<Prisma.Sql> {
  if (!hasCyrillic(q)) return tsQuery(q);
  const words = [...new Set(q.toLowerCase().match(WORD) ?? [])].slice(0, MAX_WORDS);
  const matches = await glossaryMatches(db, words);
  // Only stop words ("и", "в") or single letters: as typed, which finds what it can.
  return expandedQuery(matches) ?? tsQuery(q);
}

/** Records in the order of `hits`, fetched by id in one query. */
function inOrder<Row extends { id: string }>(hits: Hit[], rows: Row[]): [Hit, Row][] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const row = byId.get(h.id);
    return row ? [[h, row] as [Hit, Row]] : [];
  });
}

const hitFields = (h: Hit) => ({
  rank: h.rank,
  snippet: snippetSegments(sentenceSnippet(h.marked)),
});

const ids = (hits: Hit[]) => ({ id: { in: hits.map((h) => h.id) } });

/**
 * Each searchable collection's hits as search.query shows them, under its list's name. Keyed by
 * the registry's searchable nouns: a collection that declares `search` without one does not compile.
 */
const SHOWN: {
  [K in TargetName]: (db: Db, hits: Hit[], ctx: SiteContext) => Promise<SearchHits[`${K}s`]>;
} = {
  event: async (db, hits, ctx) => {
    const rows = await db.event
      .findMany({ where: ids(hits), select: eventSummarySelect })
      .then((events) => withSourceCounts(db, events));
    return inOrder(hits, rows).map(([h, e]) => ({
      ...toEventSummary(e, ctx.siteUrl),
      ...hitFields(h),
    }));
  },
  case: async (db, hits) => {
    const rows = await db.case.findMany({
      where: ids(hits),
      select: { id: true, slug: true, title: true, kind: true },
    });
    return inOrder(hits, rows).map(([h, c]) => ({
      slug: c.slug,
      title: c.title,
      kind: lower(c.kind),
      ...hitFields(h),
    }));
  },
  source: async (db, hits) => {
    const rows = await db.source.findMany({ where: ids(hits) });
    return inOrder(hits, rows).map(([h, s]) => ({ ...toSourceSummary(s), ...hitFields(h) }));
  },
  topic: async (db, hits) => {
    const rows = await db.topic.findMany({
      where: ids(hits),
      select: { id: true, slug: true, name: true },
    });
    return inOrder(hits, rows).map(([h, t]) => ({ slug: t.slug, name: t.name, ...hitFields(h) }));
  },
  actor: async (db, hits) => {
    const rows = await db.actor.findMany({
      where: ids(hits),
      select: { id: true, ...publicActorSelect },
    });
    return inOrder(hits, rows).map(([h, a]) => {
      const shown = publicActor(a);
      return { ...shown, kind: lower(shown.kind), ...hitFields(h) };
    });
  },
};

/** Hits of published records of every searchable collection matching `q`. */
async function hitsFor(db: Db, q: string, limit: number): Promise<Hits> {
  return findHits(db, await queryFor(db, q), limit);
}

/** The hits as search.query shows them, each kind under its list's name. */
async function shown(db: Db, hits: Hits, ctx: SiteContext): Promise<SearchHits> {
  const found = await Promise.all(
    SEARCHED.map(async (name) => {
      const own = hits[name];
      return [`${name}s`, own.length ? await SHOWN[name](db, own, ctx) : []] as const;
    }),
  );
  return Object.fromEntries(found) as SearchHits;
}

const countOf = (hits: Hits) => Object.values(hits).reduce((n, own) => n + own.length, 0);

/** Fewer hits than this and a correction is looked for. */
const FEW = 3;
const MAX_CORRECTED_WORDS = 4;
const MIN_CORRECTED_LENGTH = 4;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `q` in Latin letters with each long-enough word replaced by the nearest word of a published title
 * or name, keeping its initial capital ("Zhanozen" → "Zhanaozen"); null when no word changes.
 */
async function correctionOf(db: Db, q: string): Promise<string | null> {
  let corrected = cyrillicToLatin(q);
  const words = [...new Set(corrected.match(WORD) ?? [])]
    .filter((w) => w.length >= MIN_CORRECTED_LENGTH)
    .slice(0, MAX_CORRECTED_WORDS);
  if (!words.length) return null;
  // One transaction: the threshold it sets holds for these statements only.
  const [, ...nearest] = await db.$transaction([
    db.$queryRaw(WORD_SIMILARITY_THRESHOLD),
    ...words.map((word) => db.$queryRaw<{ word: string }[]>(correctionSql(word.toLowerCase()))),
  ]);
  let changed = false;
  words.forEach((word, i) => {
    const found = (nearest[i] as { word: string }[])[0]?.word;
    if (!found || found === word.toLowerCase()) return;
    const replacement =
      word[0] === word[0]!.toUpperCase() ? found[0]!.toUpperCase() + found.slice(1) : found;
    corrected = corrected.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "gu"),
      replacement,
    );
    changed = true;
  });
  return changed ? corrected : null;
}

/**
 * search.query: the hits for `q`, and when it finds little a correction that finds more — applied
 * when `q` found nothing, else offered.
 */
export async function search(
  db: Db,
  input: SearchQueryInput,
  ctx: SiteContext,
): Promise<SearchQueryOutput> {
  const found = await hitsFor(db, input.q, input.limit);
  const count = countOf(found);
  const shownAs = async (hits: Hits, correction: SearchQueryOutput["correction"]) => ({
    ...(await shown(db, hits, ctx)),
    correction,
  });
  if (count >= FEW) return shownAs(found, null);
  const corrected = await correctionOf(db, input.q);
  if (corrected === null) return shownAs(found, null);
  // Only the hits that are returned are fetched and shown: a suggestion needs no more than a count.
  const better = await hitsFor(db, corrected, input.limit);
  if (countOf(better) <= count) return shownAs(found, null);
  return count === 0
    ? shownAs(better, { q: corrected, applied: true })
    : shownAs(found, { q: corrected, applied: false });
}
