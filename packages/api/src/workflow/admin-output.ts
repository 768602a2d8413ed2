// The workflow side of the admin's lists and edit pages, the same for every collection.
import { pageOf } from "../shared/pagination";
import {
  changedFields,
  workflowState,
  workingCopy,
  type KindRow,
  type WorkflowKind,
} from "./engine";
import type { EditMetaOutput } from "./workflow.schema";

type Named = { name: string } | null;

/** A row with the columns every editable table has, its editors' names joined. */
export interface MetaRow extends KindRow {
  createdAt: Date;
  createdBy?: Named;
  updatedBy?: Named;
}

/** The workflow columns of an admin list row (adminListItemBase). */
export function listItemMeta(row: KindRow & { updatedBy?: Named }) {
  return {
    ...workflowState(row),
    publishedAt: row.publishedAt,
    deletedAt: row.deletedAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
  };
}

/**
 * A page of an admin list from its query (a row past the page, for the cursor) and its count:
 * each row's workflow columns, then the collection's own `fields`.
 */
export async function adminListPage<Row extends KindRow & { updatedBy?: Named }, Fields>(
  query: readonly [rows: Promise<Row[]>, total: Promise<number>],
  limit: number,
  fields: (row: Row) => Fields,
) {
  const [rows, total] = await Promise.all(query);
  const { page, nextCursor } = pageOf(rows, limit);
  return { items: page.map((r) => ({ ...listItemMeta(r), ...fields(r) })), nextCursor, total };
}

/**
 * When the record was last saved: its updatedAt, or, while a published record has pending
 * changes (which leave the public's "last updated" alone), when they were saved.
 */
export function savedAtOf(row: KindRow): Date {
  const pending = row.pendingChanges as { savedAt?: unknown } | null;
  return typeof pending?.savedAt === "string" ? new Date(pending.savedAt) : row.updatedAt;
}

/**
 * A record opened for editing: its workflow state, the working copy as `form` and, while changes
 * wait to be published, the published version as `live`.
 */
export function editMeta<Data extends object>(
  kind: WorkflowKind<Data>,
  row: MetaRow,
  live: Data,
): EditMetaOutput & { form: Data; live: Data | null } {
  const form = workingCopy(kind, { row, live });
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    publishAt: row.publishAt,
    publishedAt: row.publishedAt,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    savedAt: savedAtOf(row),
    createdBy: row.createdBy?.name ?? null,
    updatedBy: row.updatedBy?.name ?? null,
    hasPendingChanges: row.pendingChanges !== null,
    pendingFields: row.pendingChanges === null ? [] : changedFields(live, form),
    form,
    live: row.pendingChanges === null ? null : live,
  };
}

/** How many events (of any status) link to a person, place or topic: shown in their lists and forms. */
export const eventCount = { _count: { select: { events: true } } } as const;
export type EventCount = { _count: { events: number } };

/** Who made and last changed a record, for the edit page. */
export const editorsInclude = {
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
} as const;
