import { Prisma, type ChangeKind, type EntityType } from "./generated/prisma/client";

/**
 * The record types the changes feed follows: what the public site shows, every kind of record
 * but these (the API's collection registry names the same set; a test holds them together).
 */
export type ChangeEntityType = Exclude<EntityType, "RATING_SERIES" | "USER" | "API_TOKEN">;

/** Anything that runs raw SQL: a transaction client (or, for one statement, the client itself). */
type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

// What each type's public state is: published and not in the trash.
const publicState = (table: string) => (ids: string[]) => Prisma.sql`
    SELECT id, slug, (status = 'PUBLISHED' AND "deletedAt" IS NULL) AS public,
           "deletedAt" IS NOT NULL AS deleted
    FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${ids}::text[])`;

// A record type's table: "EVENT" is "Event".
const tableOf = (type: ChangeEntityType) => type.charAt(0) + type.slice(1).toLowerCase();

const CURRENT_STATE: Partial<Record<ChangeEntityType, (ids: string[]) => Prisma.Sql>> = {
  // A rating's slug is its series' and its year; its own `status` is the rating (e.g. "Not Free").
  RATING: (ids) => Prisma.sql`
    SELECT r.id, s.slug || '-' || r.year AS slug,
           (r."workflowStatus" = 'PUBLISHED' AND r."deletedAt" IS NULL) AS public,
           r."deletedAt" IS NOT NULL AS deleted
    FROM "Rating" r JOIN "RatingSeries" s ON s.id = r."seriesId"
    WHERE r.id = ANY(${ids}::text[])`,
};

interface CurrentState {
  id: string;
  slug: string;
  public: boolean;
  deleted: boolean;
}

export interface RecordedChange {
  entityType: ChangeEntityType;
  entityId: string;
  slug: string;
  change: ChangeKind;
}

/**
 * Brings the changes feed up to date for these records, inside the caller's transaction: compares
 * each record's public state now with the last state the feed announced, and appends the
 * difference — PUBLISHED (newly public), UNPUBLISHED (no longer published, not in the trash),
 * DELETED (in the trash, or gone) — and UPDATED for the ids in `contentChanged` that were public
 * and still are. Records the public never saw produce nothing, so the feed holds only what the
 * public could see.
 *
 * Takes a transaction-level advisory lock first, held until commit: feed writers queue, so `seq`
 * order is commit order and a reader never sees seq N+1 before N.
 */
export async function recordChangeLog(
  tx: Sql,
  entityType: ChangeEntityType,
  ids: readonly string[],
  contentChanged: Iterable<string> = [],
): Promise<RecordedChange[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kz.ChangeLog'))`;
  // One after the other: a transaction is one connection.
  const stateOf = CURRENT_STATE[entityType] ?? publicState(tableOf(entityType));
  const current = await tx.$queryRaw<CurrentState[]>(stateOf(unique));
  const last = await tx.$queryRaw<{ entityId: string; slug: string; change: ChangeKind }[]>`
    SELECT DISTINCT ON ("entityId") "entityId", slug, change
    FROM "ChangeLog"
    WHERE "entityType" = ${entityType}::"EntityType" AND "entityId" = ANY(${unique}::text[])
    ORDER BY "entityId", seq DESC`;
  const now = new Map(current.map((row) => [row.id, row]));
  const announced = new Map(last.map((row) => [row.entityId, row]));
  const changed = new Set(contentChanged);

  const rows: RecordedChange[] = [];
  for (const id of unique) {
    const state = now.get(id);
    const before = announced.get(id);
    const wasPublic = before?.change === "PUBLISHED" || before?.change === "UPDATED";
    let change: ChangeKind | null = null;
    if (state?.public) change = !wasPublic ? "PUBLISHED" : changed.has(id) ? "UPDATED" : null;
    else if (wasPublic) change = !state || state.deleted ? "DELETED" : "UNPUBLISHED";
    // A record leaving the public site is announced under the slug the public knew: unpublishing
    // may apply pending changes (a new slug) that were never public.
    const slug = state?.public ? state.slug : (before?.slug ?? state?.slug);
    if (change && slug) rows.push({ entityType, entityId: id, slug, change });
  }
  if (!rows.length) return rows;
  await tx.$executeRaw`
    INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
    SELECT ${entityType}::"EntityType", c.id, c.slug, c.change::"ChangeKind"
    FROM unnest(
      ${rows.map((r) => r.entityId)}::text[],
      ${rows.map((r) => r.slug)}::text[],
      ${rows.map((r) => r.change)}::text[]
    ) WITH ORDINALITY AS c(id, slug, change, ord)
    ORDER BY c.ord`;
  return rows;
}
