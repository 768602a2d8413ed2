// The public history of a record. Client-safe: zod only.
import { z } from "zod";

import { COLLECTIONS } from "../collections";
import { instantOutput, slugInput } from "../shared/common.schema";

/** The collections whose records have public pages, by the first segment of their path. */
const RECORD_PAGE_PATHS = COLLECTIONS.filter((c) => c.recordPages).map((c) => c.path.slice(1));

export const historyCollectionInput = z.enum(RECORD_PAGE_PATHS as [string, ...string[]]);

export const publicHistoryInput = z.object({
  /** The collection's path: "events", "sources", "topics" … */
  collection: historyCollectionInput,
  slug: slugInput,
});
export type PublicHistoryInput = z.infer<typeof publicHistoryInput>;

/**
 * One published version: when it went public and the editors' note on what changed. Never the
 * content of a draft, never who edited it (docs/public-history.md).
 */
export const publishedVersion = z.object({
  version: z.number().int(),
  publishedAt: instantOutput,
  /** The first time the record was published. */
  first: z.boolean(),
  note: z.string().nullable(),
});
export type PublishedVersion = z.infer<typeof publishedVersion>;

/** Newest first. */
export const publicHistoryOutput = z.object({
  title: z.string(),
  versions: z.array(publishedVersion),
});
export type PublicHistoryOutput = z.infer<typeof publicHistoryOutput>;
