import type { Db, Prisma } from "@kz/db";

import { restoreActorData } from "../actor/actor.admin.service";
import type { Mutation } from "../cache/revalidate";
import { AppError, notFound } from "../errors";
import { restoreEventData } from "../event/event.admin.service";
import { restorePlaceData } from "../place/place.admin.service";
import { restoreRatingData } from "../rating/rating.admin.service";
import type { Editor } from "../shared/editor";
import { decodeCursor, pageOf } from "../shared/pagination";
import { restoreSourceData } from "../source/source.admin.service";
import { restoreTopicData } from "../topic/topic.admin.service";
import type { ByIdInput } from "../workflow/workflow.schema";
import { diffSnapshots } from "./revision.diff";
import type {
  RevisionDiffInput,
  RevisionDiffOutput,
  RevisionEntityType,
  RevisionGetOutput,
  RevisionListInput,
  RevisionListOutput,
  RevisionRestoreInput,
  RevisionRestoreOutput,
  RevisionSummary,
} from "./revision.schema";

const summarySelect = {
  id: true,
  entityType: true,
  entityId: true,
  version: true,
  action: true,
  note: true,
  createdAt: true,
  author: { select: { id: true, name: true, email: true } },
} satisfies Prisma.RevisionSelect;

type SummaryRow = Prisma.RevisionGetPayload<{ select: typeof summarySelect }>;

const toSummary = (r: SummaryRow): RevisionSummary => ({
  ...r,
  entityType: r.entityType as RevisionEntityType,
});

/** A record's history, newest first. */
export async function listRevisions(db: Db, input: RevisionListInput): Promise<RevisionListOutput> {
  const where = { entityType: input.entityType, entityId: input.entityId };
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const [rows, total] = await Promise.all([
    db.revision.findMany({
      where,
      orderBy: [{ version: "desc" }, { id: "desc" }],
      take: input.limit + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      select: summarySelect,
    }),
    db.revision.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return { items: page.map(toSummary), nextCursor, total };
}

export async function getRevision(db: Db, input: ByIdInput): Promise<RevisionGetOutput> {
  const row = await db.revision.findUnique({
    where: { id: input.id },
    select: { ...summarySelect, snapshot: true },
  });
  if (!row) throw notFound("Revision");
  return { ...toSummary(row), snapshot: row.snapshot };
}

/** What changed from revision a to revision b of one record. */
export async function diffRevisions(db: Db, input: RevisionDiffInput): Promise<RevisionDiffOutput> {
  const rows = await db.revision.findMany({
    where: { id: { in: [input.a, input.b] } },
    select: { ...summarySelect, snapshot: true },
  });
  const a = rows.find((r) => r.id === input.a);
  const b = rows.find((r) => r.id === input.b);
  if (!a || !b) throw notFound("Revision");
  if (a.entityType !== b.entityType || a.entityId !== b.entityId)
    throw new AppError("BAD_REQUEST", "Compare two revisions of the same record");
  const changes = diffSnapshots(a.snapshot, b.snapshot);
  return {
    a: toSummary(a),
    b: toSummary(b),
    changes,
    changedFields: [...new Set(changes.map((c) => c.field))],
  };
}

/**
 * Writes a revision's content back as a new save (and a new revision): in place for a draft, as
 * pending changes for a published record, at once for actors and places. The workflow state is not
 * restored: publishing stays a separate, deliberate step.
 */
export async function restoreRevision(
  db: Db,
  input: RevisionRestoreInput,
  editor: Editor,
): Promise<Mutation<RevisionRestoreOutput>> {
  const revision = await db.revision.findUnique({ where: { id: input.revisionId } });
  if (!revision) throw notFound("Revision");
  const note = input.note || `Restored version ${revision.version}`;
  const target = {
    id: revision.entityId,
    expectedVersion: input.expectedVersion,
    note,
    revision: revision.version,
  };
  const snapshot = revision.snapshot;
  switch (revision.entityType) {
    case "EVENT":
      return pending(await restoreEventData(db, target, snapshot, editor));
    case "SOURCE":
      return pending(await restoreSourceData(db, target, snapshot, editor));
    case "TOPIC":
      return pending(await restoreTopicData(db, target, snapshot, editor));
    case "RATING":
      return pending(await restoreRatingData(db, target, snapshot, editor));
    case "ACTOR":
      return live(await restoreActorData(db, target, snapshot, editor));
    case "PLACE":
      return live(await restorePlaceData(db, target, snapshot, editor));
    default:
      throw new AppError("BAD_REQUEST", `Revisions of ${revision.entityType} cannot be restored`);
  }
}

const pending = (m: Mutation<{ id: string; version: number; hasPendingChanges: boolean }>) => ({
  result: {
    id: m.result.id,
    version: m.result.version,
    hasPendingChanges: m.result.hasPendingChanges,
  },
  tags: m.tags,
});
const live = (m: Mutation<{ id: string; version: number }>) => ({
  result: { id: m.result.id, version: m.result.version, hasPendingChanges: false },
  tags: m.tags,
});
