import { Prisma, type Db } from "@kz/db";

import { publicActor, publicActorSelect } from "../actor/public-actor";
import {
  PUBLIC_ACTOR_NAME,
  PUBLIC_ACTOR_SNIPPET,
  PUBLIC_ACTOR_VECTOR,
} from "../actor/public-actor.sql";
import {
  eventSummarySelect,
  toEventSummary,
  withSourceCounts,
  type SiteContext,
} from "../event/event.service";
import { lower } from "../shared/enums";
import { snippetSegments } from "../shared/fulltext";
import { headline, tsQuery } from "../shared/fulltext.sql";
import { toSourceSummary } from "../source/source.service";
import type { SearchQueryInput, SearchQueryOutput } from "./search.schema";

interface Target {
  table: Prisma.Sql;
  visible: Prisma.Sql;
  /** What a query matches and is ranked against. */
  vector: Prisma.Sql;
  /** The title's words (English stems and plain words): a hit whose title matches comes first. */
  titleVector: Prisma.Sql;
  /** The text the snippet is cut from. */
  snippet: Prisma.Sql;
  tiebreak: Prisma.Sql;
}

const titleWords = (column: Prisma.Sql) =>
  Prisma.sql`(to_tsvector('english', ${column}) || to_tsvector('simple', ${column}))`;
const stored = Prisma.raw(`t."searchVector"`);

// Fixed SQL only: nothing here comes from the caller.
const TARGETS = {
  event: {
    table: Prisma.raw(`"Event"`),
    visible: Prisma.raw(`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`),
    vector: stored,
    // Stored (see the migration), the same expression as the others': computing it for every match
    // cost more than the rest of the search at 100 000 events.
    titleVector: Prisma.raw(`t."titleVector"`),
    snippet: Prisma.raw(`t.summary || E'\\n' || t.body`),
    tiebreak: Prisma.raw(`t."startDate" DESC, t.id`),
  },
  source: {
    table: Prisma.raw(`"Source"`),
    visible: Prisma.raw(`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`),
    vector: stored,
    titleVector: titleWords(Prisma.raw(`t.title`)),
    snippet: Prisma.raw(`t.publisher || E'\\n' || t.notes`),
    tiebreak: Prisma.raw(`t.title, t.id`),
  },
  topic: {
    table: Prisma.raw(`"Topic"`),
    visible: Prisma.raw(`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`),
    vector: stored,
    titleVector: titleWords(Prisma.raw(`t.name`)),
    snippet: Prisma.raw(`t.overview`),
    tiebreak: Prisma.raw(`t.position, t.id`),
  },
  case: {
    table: Prisma.raw(`"Case"`),
    visible: Prisma.raw(`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`),
    vector: stored,
    titleVector: titleWords(Prisma.raw(`t.title`)),
    snippet: Prisma.raw(`t.summary || E'\\n' || t.charges`),
    tiebreak: Prisma.raw(`t.title, t.id`),
  },
  actor: {
    table: Prisma.raw(`"Actor"`),
    visible: Prisma.raw(`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`),
    // A protected person is matched, titled, cut from and sorted by their pseudonym only.
    vector: PUBLIC_ACTOR_VECTOR,
    titleVector: titleWords(PUBLIC_ACTOR_NAME),
    snippet: PUBLIC_ACTOR_SNIPPET,
    tiebreak: Prisma.sql`${PUBLIC_ACTOR_NAME}, t.id`,
  },
} satisfies Record<string, Target>;

interface Hit {
  id: string;
  rank: number;
  headline: string;
}

/**
 * The best `limit` hits in one table whose title matches (`titled`) or does not, by rank. Ranking
 * and the limit run first; ts_headline, the costly part, runs only on the hits kept.
 */
function rankedHits(
  db: Db,
  target: Target,
  query: Prisma.Sql,
  limit: number,
  titled: boolean,
): Promise<Hit[]> {
  const { table, visible, vector, titleVector, snippet, tiebreak } = target;
  const titleMatch = titled
    ? Prisma.sql`${titleVector} @@ q.query`
    : Prisma.sql`NOT (${titleVector} @@ q.query)`;
  return db.$queryRaw<Hit[]>`
    WITH q AS (SELECT ${query} AS query),
    hits AS (
      SELECT t.id, ts_rank(${vector}, q.query)::float8 AS rank
      FROM ${table} t, q
      WHERE ${visible} AND ${vector} @@ q.query AND ${titleMatch}
      ORDER BY rank DESC, ${tiebreak}
      LIMIT ${limit}
    )
    SELECT t.id, h.rank, ${headline(snippet, Prisma.sql`q.query`)} AS headline
    FROM hits h JOIN ${table} t ON t.id = h.id, q
    ORDER BY h.rank DESC, ${tiebreak}`;
}

/**
 * The best `limit` hits in one table, in order: those whose title matches first, each group by
 * rank. The rest are ranked only when the title hits do not fill the page: ranking reads every
 * match's searchVector, and a common word matches thousands of events at 100 000.
 */
async function findHits(db: Db, target: Target, query: Prisma.Sql, limit: number): Promise<Hit[]> {
  const titled = await rankedHits(db, target, query, limit, true);
  if (titled.length === limit) return titled;
  return [...titled, ...(await rankedHits(db, target, query, limit - titled.length, false))];
}

/** Records in the order of `hits`, fetched by id in one query. */
function inOrder<Row extends { id: string }>(hits: Hit[], rows: Row[]): [Hit, Row][] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const row = byId.get(h.id);
    return row ? [[h, row] as [Hit, Row]] : [];
  });
}

const hitFields = (h: Hit) => ({ rank: h.rank, snippet: snippetSegments(h.headline) });

/**
 * Full-text search across events, cases, sources, topics and actors: English stemming OR word prefixes,
 * visible records only, each kind ranked on its own.
 */
export async function search(
  db: Db,
  input: SearchQueryInput,
  ctx: SiteContext,
): Promise<SearchQueryOutput> {
  const query = tsQuery(input.q);
  const [eventHits, caseHits, sourceHits, topicHits, actorHits] = await Promise.all([
    findHits(db, TARGETS.event, query, input.limit),
    findHits(db, TARGETS.case, query, input.limit),
    findHits(db, TARGETS.source, query, input.limit),
    findHits(db, TARGETS.topic, query, input.limit),
    findHits(db, TARGETS.actor, query, input.limit),
  ]);
  const ids = (hits: Hit[]) => ({ id: { in: hits.map((h) => h.id) } });
  const [events, cases, sources, topics, actors] = await Promise.all([
    eventHits.length
      ? db.event
          .findMany({ where: ids(eventHits), select: eventSummarySelect })
          .then((rows) => withSourceCounts(db, rows))
      : [],
    caseHits.length
      ? db.case.findMany({
          where: ids(caseHits),
          select: { id: true, slug: true, title: true, kind: true },
        })
      : [],
    sourceHits.length ? db.source.findMany({ where: ids(sourceHits) }) : [],
    topicHits.length
      ? db.topic.findMany({ where: ids(topicHits), select: { id: true, slug: true, name: true } })
      : [],
    actorHits.length
      ? db.actor.findMany({
          where: ids(actorHits),
          select: { id: true, ...publicActorSelect },
        })
      : [],
  ]);
  return {
    events: inOrder(eventHits, events).map(([h, e]) => ({
      ...toEventSummary(e, ctx.siteUrl),
      ...hitFields(h),
    })),
    cases: inOrder(caseHits, cases).map(([h, c]) => ({
      slug: c.slug,
      title: c.title,
      kind: lower(c.kind),
      ...hitFields(h),
    })),
    sources: inOrder(sourceHits, sources).map(([h, s]) => ({
      ...toSourceSummary(s),
      ...hitFields(h),
    })),
    topics: inOrder(topicHits, topics).map(([h, t]) => ({
      slug: t.slug,
      name: t.name,
      ...hitFields(h),
    })),
    actors: inOrder(actorHits, actors).map(([h, a]) => {
      const shown = publicActor(a);
      return { ...shown, kind: lower(shown.kind), ...hitFields(h) };
    }),
  };
}
