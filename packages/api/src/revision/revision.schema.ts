// Client-safe: zod only.
import { z } from "zod";

import { collectionEntityType } from "../collections";
import { cursorInput, pageOutput } from "../shared/common.schema";
import { readLocale } from "../translation/locale.schema";
import { translatableEntityTypes } from "../translation/translatable";
import { recordIdInput, versionedChangeInput } from "../workflow/workflow.schema";

// Every collection keeps revisions, and so does every translation (a rating series' too).
export const revisionEntityTypeInput = z.enum([
  ...new Set([...collectionEntityType.options, ...translatableEntityTypes]),
] as [RevisionEntityTypeName, ...RevisionEntityTypeName[]]);
type RevisionEntityTypeName =
  z.infer<typeof collectionEntityType> | (typeof translatableEntityTypes)[number];
export type RevisionEntityType = z.infer<typeof revisionEntityTypeInput>;

export const revisionListInput = z.object({
  entityType: revisionEntityTypeInput,
  entityId: recordIdInput,
  /** Whose history: "en", the record's own (the default); "ru" or "kk", its translation's. */
  locale: readLocale.default("en"),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: cursorInput,
});
export type RevisionListInput = z.infer<typeof revisionListInput>;

export const revisionSummary = z.object({
  id: z.string(),
  entityType: revisionEntityTypeInput,
  entityId: z.string(),
  /** "en": the record's own revision; "ru", "kk": its translation's (see revisionListInput). */
  locale: z.string(),
  version: z.number().int(),
  /** What produced it: create, update, publish, restoreRevision, import … */
  action: z.string(),
  note: z.string().nullable(),
  /** Saved by the editor's autosave: the history folds a run of them into one line. */
  autosave: z.boolean(),
  author: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  createdAt: z.date(),
});
export type RevisionSummary = z.infer<typeof revisionSummary>;

/** Newest first. */
export const revisionListOutput = pageOutput(revisionSummary);
export type RevisionListOutput = z.infer<typeof revisionListOutput>;

export const revisionGetOutput = revisionSummary.extend({ snapshot: z.unknown() });
export type RevisionGetOutput = z.infer<typeof revisionGetOutput>;

export const revisionDiffInput = z.object({ a: recordIdInput, b: recordIdInput });
export type RevisionDiffInput = z.infer<typeof revisionDiffInput>;

export const revisionChange = z.object({
  /** The field ("title", "citations"); inside a value with no declared shape, the path to it. */
  path: z.string(),
  /** Top-level field, for grouping: "citations". */
  field: z.string(),
  kind: z.enum(["added", "removed", "changed"]),
  before: z.unknown(),
  after: z.unknown(),
  /**
   * True when before/after name one item of a list, matched by identity: a linked record by its
   * title ("“Human Rights Watch” (witness)"), or a value ("Nur-Sultan").
   */
  item: z.boolean(),
  /** Long text, word by word: shared runs and what was removed and added. */
  words: z
    .array(z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) }))
    .optional(),
});
export type RevisionChange = z.infer<typeof revisionChange>;

export const revisionDiffOutput = z.object({
  a: revisionSummary,
  b: revisionSummary,
  /** Field by field, from a to b. */
  changes: z.array(revisionChange),
  changedFields: z.array(z.string()),
});
export type RevisionDiffOutput = z.infer<typeof revisionDiffOutput>;

/** The revision to restore; the version is the record's current one, as the editor saw it. */
export const revisionRestoreInput = z.object({
  revisionId: recordIdInput,
  ...versionedChangeInput,
});
export type RevisionRestoreInput = z.infer<typeof revisionRestoreInput>;

export const revisionRestoreOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  /** True when the record is published and the restored content waits as pending changes. */
  hasPendingChanges: z.boolean(),
});
export type RevisionRestoreOutput = z.infer<typeof revisionRestoreOutput>;
