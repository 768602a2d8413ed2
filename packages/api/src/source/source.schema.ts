import { z } from "zod";

import {
  bySlugInput,
  cursorInput,
  isoDateOutput,
  limitInput,
  pageOutput,
  refOutput,
  searchTextInput,
} from "../shared/common.schema";
import { eventSummary } from "../event/event.schema";

export const sourceKindOutput = z.enum([
  "report",
  "statement",
  "news",
  "law",
  "dataset",
  "article",
  "other",
]);
export type SourceKindOutput = z.infer<typeof sourceKindOutput>;

export const sourceListInput = z
  .object({
    /** Full-text search over title, publisher and notes, matched as in search.query. */
    q: searchTextInput.optional(),
    kind: sourceKindOutput.optional(),
    limit: limitInput,
    cursor: cursorInput,
  })
  .default({ limit: 20 });
export type SourceListInput = z.infer<typeof sourceListInput>;

export const sourceSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  publisher: z.string(),
  kind: sourceKindOutput,
  /** The source itself, where the record gives one. */
  url: z.string().nullable(),
  publishedDate: isoDateOutput.nullable(),
});
export type SourceSummary = z.infer<typeof sourceSummary>;

/** Sources by title. */
export const sourceListOutput = pageOutput(sourceSummary);
export type SourceListOutput = z.infer<typeof sourceListOutput>;

export const sourceBySlugInput = bySlugInput;
export type SourceBySlugInput = z.infer<typeof sourceBySlugInput>;

export const sourceDetail = sourceSummary.extend({
  accessedDate: isoDateOutput.nullable(),
  notes: z.string(),
  /** A copy in a web archive (archive.org, archive.today or perma.cc), where the record has one. */
  archiveUrl: z.string().nullable(),
  /** Where the Wayback Machine lists its copies of the source's address, where it has one. */
  waybackUrl: z.string().nullable(),
  /** What cites it, published only: events oldest first, ratings by series and year, topics in order. */
  events: z.array(eventSummary),
  ratings: z.array(
    z.object({ series: z.string(), seriesName: z.string(), year: z.number().int() }),
  ),
  topics: z.array(refOutput),
});
export type SourceDetail = z.infer<typeof sourceDetail>;
