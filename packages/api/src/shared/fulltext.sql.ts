import { Prisma, type Db } from "@kz/db";

import { MATCH_START, MATCH_STOP, prefixQueryText } from "./fulltext";

/**
 * The tsquery for a user's search: English stemming ("protests" finds "protest") OR the same words as
 * prefixes in the 'simple' configuration ("Zhanao" finds "Zhanaozen"). User text only ever travels as
 * a bind parameter.
 */
export function tsQuery(q: string): Prisma.Sql {
  const prefix = prefixQueryText(q);
  return prefix === null
    ? Prisma.sql`websearch_to_tsquery('english', ${q})`
    : Prisma.sql`(websearch_to_tsquery('english', ${q}) || to_tsquery('simple', ${prefix}))`;
}

const HEADLINE_OPTIONS =
  `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, ` +
  `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * ts_headline over `text` with matches between the marker characters; the markers are removed from
 * the text first so stored content cannot forge a match. Split the result with snippetSegments.
 */
export function headline(text: Prisma.Sql, query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ts_headline('english', translate(${text}, ${MATCH_START + MATCH_STOP}, ''), ${query}, ${HEADLINE_OPTIONS})`;
}

const SEARCHABLE = {
  event: Prisma.sql`SELECT id FROM "Event" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
  source: Prisma.sql`SELECT id FROM "Source" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
  actor: Prisma.sql`SELECT id FROM "Actor" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
} as const;

/** Ids of the visible records of a table whose searchVector matches `q`: for `q` filters in lists. */
export async function matchingIds(
  db: Db,
  table: keyof typeof SEARCHABLE,
  q: string,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`${SEARCHABLE[table]} AND "searchVector" @@ ${tsQuery(q)}`,
  );
  return rows.map((r) => r.id);
}
