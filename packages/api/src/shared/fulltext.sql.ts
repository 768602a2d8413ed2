import { Prisma, type Db } from "@kz/db";

import { PUBLIC_ACTOR_VECTOR } from "../actor/public-actor.sql";
import { prefixQueryText } from "./fulltext";

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

const stored = Prisma.raw(`t."searchVector"`);

// The visible records of each table, and what a query matches in them.
const SEARCHABLE = {
  event: {
    from: Prisma.sql`SELECT id FROM "Event" t WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
    vector: stored,
  },
  source: {
    from: Prisma.sql`SELECT id FROM "Source" t WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
    vector: stored,
  },
  actor: {
    from: Prisma.sql`SELECT id FROM "Actor" t WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`,
    // A protected person by pseudonym only.
    vector: PUBLIC_ACTOR_VECTOR,
  },
} as const;

/** Ids of the visible records of a table whose searchVector matches `q`: for `q` filters in lists. */
export async function matchingIds(
  db: Db,
  table: keyof typeof SEARCHABLE,
  q: string,
): Promise<string[]> {
  const { from, vector } = SEARCHABLE[table];
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`${from} AND ${vector} @@ ${tsQuery(q)}`,
  );
  return rows.map((r) => r.id);
}
