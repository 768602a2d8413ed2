import { Prisma, type Db } from "@kz/db";

import { publicActor, publicActorIdBySlug, publicActorSelect } from "../actor/public-actor";
import { COLLECTIONS } from "../collections";
import { SERVER_KINDS } from "../collections/server";
import { notFound } from "../errors";
import type { PublicHistoryInput, PublicHistoryOutput } from "./public-history.schema";

const CONTENT_SAVES = new Set(["create", "update", "restoreRevision", "import"]);

/**
 * A public record's published versions, newest first: each publication's date and the editors'
 * change note — the publication's own, or else the latest note saved since the one before (what
 * the public page shows as its last update). Snapshots are never read, so no draft text can leak,
 * and authors are not selected. A record the public cannot see has no public history.
 */
export async function getPublicHistory(
  db: Db,
  input: PublicHistoryInput,
): Promise<PublicHistoryOutput> {
  const collection = COLLECTIONS.find((c) => c.recordPages && c.path === `/${input.collection}`);
  if (!collection) throw notFound("Record");
  const record =
    collection.entityType === "ACTOR"
      ? await publicPerson(db, input.slug)
      : await publishedRecord(db, collection, input.slug);
  if (!record) throw notFound(collection.label);

  const revisions = await db.revision.findMany({
    // The record's own: its translations' publications are not new versions of it.
    where: { entityType: collection.entityType, entityId: record.id, locale: "en" },
    orderBy: { version: "asc" },
    select: { version: true, action: true, note: true, createdAt: true },
  });
  // A record's first publication is known only where its history starts at version 1: a record
  // seeded without revisions (and corrected later) was public before its earliest revision.
  const fromTheStart = revisions[0]?.version === 1;
  const versions: PublicHistoryOutput["versions"] = [];
  let noteSince: string | null = null;
  for (const r of revisions) {
    if (r.action !== "publish") {
      // Only a save's note describes content; one on submitting or withdrawing is the editors'.
      if (r.note && CONTENT_SAVES.has(r.action)) noteSince = r.note;
      continue;
    }
    versions.push({
      version: r.version,
      publishedAt: r.createdAt.toISOString(),
      first: fromTheStart && versions.length === 0,
      // Editors' notes on a protected person may name them: the public sees dates only.
      note: record.withheld ? null : (r.note ?? noteSince),
    });
    noteSince = null;
  }
  return { title: record.title, versions: versions.reverse() };
}

interface HistoryRecord {
  id: string;
  title: string;
  /** A protected person: named by pseudonym, their editors' notes not shown. */
  withheld: boolean;
}

/** A published record of a collection at its slug. */
async function publishedRecord(
  db: Db,
  collection: (typeof COLLECTIONS)[number],
  slug: string,
): Promise<HistoryRecord | null> {
  const kind = SERVER_KINDS[collection.entityType];
  // Table, column and title SQL are the registry's fixed text, never input.
  const [record] = await db.$queryRaw<{ id: string; title: string }[]>`
    SELECT t.id, ${Prisma.raw(kind.sql.title)} AS title
    FROM ${Prisma.raw(`"${collection.table}"`)} t
    WHERE t.slug = ${slug}
      AND t.${Prisma.raw(`"${kind.sql.status}"`)} = 'PUBLISHED' AND t."deletedAt" IS NULL`;
  return record ? { ...record, withheld: false } : null;
}

/** A published person at their public address: a protected one only at the withheld slug. */
async function publicPerson(db: Db, slug: string): Promise<HistoryRecord | null> {
  const id = await publicActorIdBySlug(db, slug);
  const row = id ? await db.actor.findUnique({ where: { id }, select: publicActorSelect }) : null;
  if (!id || !row) return null;
  return { id, title: publicActor(row).name, withheld: row.isProtected };
}
