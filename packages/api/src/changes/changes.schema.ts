import { z } from "zod";

import { COLLECTIONS, type Collection } from "../collections";
import { instantOutput } from "../shared/common.schema";

/** The record types in the changes feed, as the public API names them: every collection's noun. */
export const changeEntityType = z.enum(
  COLLECTIONS.map((c) => c.noun) as [Collection["noun"], ...Collection["noun"][]],
);
export type ChangeEntityTypeOutput = z.infer<typeof changeEntityType>;

export const changeKind = z.enum(["published", "updated", "unpublished", "deleted"]);
export type ChangeKindOutput = z.infer<typeof changeKind>;

export const CHANGES_DEFAULT_LIMIT = 100;
export const CHANGES_MAX_LIMIT = 1000;

export const changesSinceInput = z
  .object({
    /** A `nextCursor` from an earlier call; leave it out (or pass "0") to read from the start. */
    cursor: z
      .string()
      .regex(/^\d{1,18}$/, "Pass back a nextCursor from an earlier call")
      .nullish(),
    limit: z.number().int().min(1).max(CHANGES_MAX_LIMIT).default(CHANGES_DEFAULT_LIMIT),
    /** Only these record types; all of them when left out. */
    types: z.array(changeEntityType).min(1).max(COLLECTIONS.length).optional(),
  })
  .default({ limit: CHANGES_DEFAULT_LIMIT });
export type ChangesSinceInput = z.infer<typeof changesSinceInput>;

export const changeItemOutput = z.object({
  /** Position in the feed: increases with every change, in the order the changes were committed. */
  seq: z.number().int(),
  entityType: changeEntityType,
  /**
   * The record's public slug at the time of the change (after it, for `updated`: a slug can
   * change). Ratings, which have no slug of their own: `<series slug>-<year>`.
   */
  slug: z.string(),
  id: z.string(),
  /**
   * published: now visible (first publish, restored, republished); updated: a visible record's
   * public content changed (or that of a record it shows: see the docs); unpublished: withdrawn
   * or archived; deleted: moved to the trash or purged.
   */
  change: changeKind,
  at: instantOutput,
});
export type ChangeItemOutput = z.infer<typeof changeItemOutput>;

export const changesSinceOutput = z.object({
  /** In feed order, oldest first. */
  items: z.array(changeItemOutput),
  /** Pass it back as `cursor` next time: the last item's seq, or your cursor if nothing is new. */
  nextCursor: z.string(),
  /** Whether more changes are waiting after this page. */
  hasMore: z.boolean(),
});
export type ChangesSinceOutput = z.infer<typeof changesSinceOutput>;
