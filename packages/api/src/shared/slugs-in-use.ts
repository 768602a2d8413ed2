import { Prisma } from "@kz/db";

import type { CollectionTable } from "../collections";
import type { Tx } from "./tx";

/**
 * The tables whose records have a slug, live and (while published with changes) pending: every
 * collection's but the ratings', which have none of their own.
 */
type SluggedTable = Exclude<CollectionTable, "Rating">;

/**
 * The slugs that records of `table` other than `exceptId` use, live or in their pending changes,
 * starting with `prefix`: what resolveSlug must not hand out again.
 */
export async function slugsStartingWith(
  tx: Tx,
  table: SluggedTable,
  prefix: string,
  exceptId: string | null,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ slug: string; pending: string | null }[]>`
    SELECT slug, "pendingChanges"->>'slug' AS pending
    FROM ${Prisma.raw(`"${table}"`)}
    WHERE (${exceptId}::text IS NULL OR id <> ${exceptId}::text)
      AND (starts_with(slug, ${prefix}) OR starts_with("pendingChanges"->>'slug', ${prefix}))`;
  return rows.flatMap((r) => [r.slug, r.pending ?? r.slug]);
}
