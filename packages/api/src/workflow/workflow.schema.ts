// Inputs shared by every editable domain. Client-safe: zod only.
import { z } from "zod";

import { cursorInput, limitInput, pageOutput } from "../shared/common.schema";

export const workflowStatusInput = z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"]);
export type WorkflowStatus = z.infer<typeof workflowStatusInput>;

export const recordIdInput = z.string().trim().min(1).max(64);

/** The editor's note on a save, shown in the history (and, for events, on the public page). */
export const changeNoteInput = z.string().trim().max(500).optional();

/** The version the editor started from: a save from an older one is refused with CONFLICT. */
export const expectedVersionInput = z.number().int().min(1);

export const byIdInput = z.object({ id: recordIdInput });
export type ByIdInput = z.infer<typeof byIdInput>;

/** What a change to a record says besides which: the version the editor saw, and their note. */
export const versionedChangeInput = {
  expectedVersion: expectedVersionInput,
  note: changeNoteInput,
};

/** submit, requestChanges, publish, unpublish, archive, discardChanges, trash, restore, purge. */
export const workflowActionInput = z.object({ id: recordIdInput, ...versionedChangeInput });
export type WorkflowActionInput = z.infer<typeof workflowActionInput>;

/** Publish; with `withLinkedRecords`, also the unpublished records it links to that must be public first. */
export const publishInput = workflowActionInput.extend({
  /**
   * Also publish, in the same transaction, the people, places and sources it links to that nobody
   * has published yet (a refusal lists them in `data.unpublishedLinks`).
   */
  withLinkedRecords: z.boolean().optional(),
});
export type PublishInput = z.infer<typeof publishInput>;

/** A future instant to publish at, or null to cancel the schedule. */
export const scheduleInput = workflowActionInput.extend({
  publishAt: z.coerce.date().nullable(),
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

/**
 * Each record with the version the editor saw in the list: a record changed since (a contributor's
 * edit after the editor read it, say) is refused on its own, so a bulk publish never publishes a
 * version nobody reviewed.
 */
export const bulkActionInput = z.object({
  action: z.enum(["publish", "unpublish", "archive"]),
  items: z
    .array(z.object({ id: recordIdInput, expectedVersion: expectedVersionInput }))
    .min(1)
    .max(100),
  note: changeNoteInput,
});
export type BulkActionInput = z.infer<typeof bulkActionInput>;

export const bulkResultOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      /** Why the item was refused. */
      error: z.string().nullable(),
      version: z.number().int().nullable(),
      status: workflowStatusInput.nullable(),
    }),
  ),
  succeeded: z.number().int(),
  failed: z.number().int(),
});
export type BulkResultOutput = z.infer<typeof bulkResultOutput>;

export const workflowResultOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  status: workflowStatusInput,
  hasPendingChanges: z.boolean(),
  publishAt: z.date().nullable(),
  deleted: z.boolean(),
});
export type WorkflowResultOutput = z.infer<typeof workflowResultOutput>;

/** What every admin list takes besides its own filters. */
export const adminListBase = {
  /** Case-insensitive match on the title or name (and slug). */
  q: z.string().trim().min(1).max(200).optional(),
  status: workflowStatusInput.optional(),
  /** true: only the trash; otherwise only records not in the trash. */
  trash: z.boolean().default(false),
  order: z.enum(["asc", "desc"]).default("desc"),
  limit: limitInput,
  cursor: cursorInput,
};

/**
 * A collection's admin list input: search, status, trash and paging, its own filters, and its
 * sorts (the first the default, in `order` unless asked). Nothing given lists the first page.
 */
export function adminListInput<
  const Sorts extends readonly [string, ...string[]],
  Filters extends Record<string, z.ZodOptional> = Record<never, never>,
>(sorts: Sorts, order: "asc" | "desc", filters?: Filters) {
  return (
    z
      .object({
        ...adminListBase,
        ...(filters as Filters),
        sort: z.enum(sorts).default(sorts[0]),
        order: z.enum(["asc", "desc"]).default(order),
      })
      // Every field is optional or has a default (filters are optional by type), which TypeScript
      // cannot see through the generic filters.
      .prefault({} as never)
  );
}

/** The workflow columns every admin list item carries. */
export const adminListItemBase = {
  id: z.string(),
  status: workflowStatusInput,
  version: z.number().int(),
  hasPendingChanges: z.boolean(),
  publishAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  deletedAt: z.date().nullable(),
  updatedAt: z.date(),
  updatedBy: z.string().nullable(),
};

/**
 * What an update adds to a collection's form: the record, the version the editor started from, and
 * whether the admin's autosave sent it (its revision is marked so, and the history folds those).
 */
export const savedRecordInput = {
  id: recordIdInput,
  expectedVersion: expectedVersionInput,
  autosave: z.boolean().optional(),
};

/**
 * A record's content opened for editing: the working copy (`form`: published content plus pending
 * changes) and, when it differs, the published content (`live`).
 */
export const editedContent = <Data extends z.ZodType>(data: Data) => ({
  form: data,
  live: data.nullable(),
});

/** The workflow side of a record opened for editing. */
export const editMetaOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  status: workflowStatusInput,
  publishAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  deletedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** The last save: updatedAt, or the saving of pending changes, which leaves updatedAt alone. */
  savedAt: z.date(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** True while the record is published and has saved changes the public does not see yet. */
  hasPendingChanges: z.boolean(),
  /** The fields in which the working copy differs from the published version. */
  pendingFields: z.array(z.string()),
});
export type EditMetaOutput = z.infer<typeof editMetaOutput>;

/** A page of a collection's admin list: every item's workflow columns, and the collection's own. */
export const adminListOutput = <Item extends z.ZodRawShape>(item: Item) =>
  pageOutput(z.object({ ...adminListItemBase, ...item }));

/**
 * A record opened for editing: its workflow side, the working copy (`form`) and the published
 * content (`live`) in the collection's stored shape, and what else its editor shows.
 */
export const adminEditOutput = <Data extends z.ZodType, More extends z.ZodRawShape>(
  data: Data,
  more: More,
) => editMetaOutput.extend({ ...editedContent(data), ...more });
