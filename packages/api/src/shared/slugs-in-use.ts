import { Prisma } from "@kz/db";

import type { CollectionTable } from "../collections";
import { taken } from "./references";
import { resolveSlug } from "./slug";
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

/**
 * The slug a record of `table` saves with: the one asked for, else one made from its title (or the
 * table's name). A slug another record uses is refused as an error on the form's slug field.
 */
export async function slugToSave(
  tx: Tx,
  table: SluggedTable,
  requested: string | null | undefined,
  title: string,
  exceptId: string | null,
): Promise<string> {
  const slug = await resolveSlug(requested, title, table.toLowerCase(), (prefix) =>
    slugsStartingWith(tx, table, prefix, exceptId),
  );
  if ("error" in slug) throw taken("slug", slug.error);
  return slug.slug;
}
