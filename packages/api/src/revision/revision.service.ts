import type { Db, Prisma } from "@kz/db";

import type { Mutation } from "../cache/revalidate";
import { COLLECTIONS } from "../collections";
import { linkedRecords } from "../collections/linked";
import { isCollectionType, SERVER_KINDS } from "../collections/server";
import { titleKey, titlesOf } from "../collections/titles";
import { AppError, notFound } from "../errors";
import type { Editor } from "../shared/editor";
import { decodeCursor, pageOf } from "../shared/pagination";
import { restoreRecordData } from "../workflow/engine";
import type { ByIdInput } from "../workflow/workflow.schema";
import { restoreTranslation } from "../translation/translation.service";
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
  locale: true,
  version: true,
  action: true,
  note: true,
  autosave: true,
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
  const where = { entityType: input.entityType, entityId: input.entityId, locale: input.locale };
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

/** What changed from revision a to revision b of one record, with linked records named. */
export async function diffRevisions(db: Db, input: RevisionDiffInput): Promise<RevisionDiffOutput> {
  const rows = await db.revision.findMany({
    where: { id: { in: [input.a, input.b] } },
    select: { ...summarySelect, snapshot: true },
  });
  const a = rows.find((r) => r.id === input.a);
  const b = rows.find((r) => r.id === input.b);
  if (!a || !b) throw notFound("Revision");
  if (a.entityType !== b.entityType || a.entityId !== b.entityId || a.locale !== b.locale)
    throw new AppError("BAD_REQUEST", "Compare two revisions of the same record");
  // A translation's snapshot is its texts by field: nothing in it links to other records.
  const relations =
    isCollectionType(a.entityType) && a.locale === "en"
      ? COLLECTIONS.find((c) => c.entityType === a.entityType)!.relations
      : {};
  const titles = await titlesOf(db, linkedRecords(relations, [a.snapshot, b.snapshot]));
  const changes = diffSnapshots(a.snapshot, b.snapshot, relations, (type, id) =>
    titles.get(titleKey(type, id)),
  );
  return {
    a: toSummary(a),
    b: toSummary(b),
    changes,
    changedFields: [...new Set(changes.map((c) => c.field))],
  };
}

/**
 * Writes a revision's content back as a new save (and a new revision): in place for a draft, as
 * pending changes for a published record. The workflow state is not
 * restored: publishing stays a separate, deliberate step.
 */
export async function restoreRevision(
  db: Db,
  input: RevisionRestoreInput,
  editor: Editor,
): Promise<Mutation<RevisionRestoreOutput>> {
  const revision = await db.revision.findUnique({ where: { id: input.revisionId } });
  if (!revision) throw notFound("Revision");
  if (revision.locale !== "en") return restoreTranslation(db, revision, input, editor);
  const note = input.note || `Restored version ${revision.version}`;
  const target = {
    id: revision.entityId,
    expectedVersion: input.expectedVersion,
    note,
    revision: revision.version,
  };
  if (!isCollectionType(revision.entityType))
    throw new AppError("BAD_REQUEST", `Revisions of ${revision.entityType} cannot be restored`);
  const { result, tags } = await restoreRecordData(
    db,
    SERVER_KINDS[revision.entityType],
    target,
    revision.snapshot,
    editor,
  );
  return {
    result: { id: result.id, version: result.version, hasPendingChanges: result.hasPendingChanges },
    tags,
  };
}
