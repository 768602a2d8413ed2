import { Prisma, type Db } from "@kz/db";

import type { CollectionEntityType } from "./index";
import { isCollectionType, SERVER_KINDS } from "./server";

/** `${entityType}:${id}` → the record's title (events and sources their title, people their name …). */
export type Titles = Map<string, string>;

export const titleKey = (entityType: string, id: string) => `${entityType}:${id}`;

/**
 * The titles of these records, one query per collection named; records that no longer exist (or
 * whose type is not a collection) are left out.
 */
export async function titlesOf(
  db: Pick<Db, "$queryRaw">,
  refs: Iterable<{ entityType: string; id: string }>,
): Promise<Titles> {
  const ids = new Map<CollectionEntityType, Set<string>>();
  for (const { entityType, id } of refs)
    if (isCollectionType(entityType))
      ids.set(entityType, (ids.get(entityType) ?? new Set()).add(id));
  const titles: Titles = new Map();
  for (const [entityType, wanted] of ids) {
    const kind = SERVER_KINDS[entityType];
    const rows = await db.$queryRaw<{ id: string; title: string }[]>`
      SELECT t.id, ${Prisma.raw(kind.sql.title)} AS title
      FROM ${Prisma.raw(`"${kind.table}"`)} t WHERE t.id = ANY(${[...wanted]}::text[])`;
    for (const r of rows) titles.set(titleKey(entityType, r.id), r.title);
  }
  return titles;
}

/** The records that audit entries (or anything with entityType and entityId) name, for looking up their titles. */
export const recordsOf = (rows: { entityType: string | null; entityId: string | null }[]) =>
  rows.flatMap((r) =>
    r.entityType && r.entityId ? [{ entityType: r.entityType, id: r.entityId }] : [],
  );
