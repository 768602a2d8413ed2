import { Prisma, type Db } from "@kz/db";

import { TARGETS, type TargetName } from "../search/search.sql";
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

/**
 * Ids of the visible records of a searchable collection whose words match `q`: for `q` filters in
 * lists. Visibility and what is matched (a protected person's pseudonym only) are search's own.
 */
export async function matchingIds(db: Db, noun: TargetName, q: string): Promise<string[]> {
  const { table, visible, vector } = TARGETS[noun];
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT t.id FROM ${table} t WHERE ${visible} AND ${vector} @@ ${tsQuery(q)}`,
  );
  return rows.map((r) => r.id);
}
