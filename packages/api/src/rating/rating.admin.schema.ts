// The admin's rating form, lists and CSV import. Client-safe: zod only.
import { z } from "zod";

import { citationData, citationEditOutput, citationsInput } from "../shared/admin.schema";
import {
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
  recordIdInput,
  workflowStatusInput,
} from "../workflow/workflow.schema";
import { cursorInput, limitInput } from "../shared/common.schema";
import { freedomStatusOutput } from "./rating.schema";

/** Freedom House's 1 (most free) to 7 (least free). */
export const sevenPointInput = z.number().int().min(1, "From 1 to 7").max(7, "From 1 to 7");

export const ratingFields = {
  seriesId: recordIdInput,
  year: z.number().int().min(1900, "A year from 1900").max(2100, "A year up to 2100"),
  politicalRights: sevenPointInput.nullish(),
  civilLiberties: sevenPointInput.nullish(),
  status: freedomStatusOutput.nullish(),
  rank: z.number().int().min(1).max(1000).nullish(),
  score: z.number().min(0).max(1000).nullish(),
  headOfState: z.string().trim().max(300).nullish(),
  note: z.string().trim().max(5000).nullish(),
};

export const ratingForm = z.object({
  ...ratingFields,
  citations: citationsInput,
  changeNote: changeNoteInput,
});
export type RatingForm = z.infer<typeof ratingForm>;

export const ratingData = z.object({
  seriesId: z.string(),
  year: z.number().int(),
  politicalRights: z.number().int().nullable(),
  civilLiberties: z.number().int().nullable(),
  status: freedomStatusOutput.nullable(),
  rank: z.number().int().nullable(),
  score: z.number().nullable(),
  headOfState: z.string().nullable(),
  note: z.string().nullable(),
  citations: z.array(citationData),
});
export type RatingData = z.infer<typeof ratingData>;

/** The rating series, for the admin's series picker: ids, which the admin list and import take. */
export const ratingSeriesAdminOutput = z.array(
  z.object({ id: z.string(), slug: z.string(), name: z.string(), ratingCount: z.number().int() }),
);
export type RatingSeriesAdminOutput = z.infer<typeof ratingSeriesAdminOutput>;

export const ratingAdminListInput = z.object({
  seriesId: recordIdInput,
  status: workflowStatusInput.optional(),
  year: z.number().int().optional(),
  /** Matches the head of state or the note. */
  q: z.string().trim().min(1).max(200).optional(),
  trash: z.boolean().default(false),
  sort: z.enum(["year", "updatedAt"]).default("year"),
  order: z.enum(["asc", "desc"]).default("desc"),
  limit: limitInput,
  cursor: cursorInput,
});
export type RatingAdminListInput = z.infer<typeof ratingAdminListInput>;

export const ratingAdminListOutput = adminListOutput({
  seriesId: z.string(),
  year: z.number().int(),
  politicalRights: z.number().int().nullable(),
  civilLiberties: z.number().int().nullable(),
  freedomStatus: freedomStatusOutput.nullable(),
  citationCount: z.number().int(),
});
export type RatingAdminListOutput = z.infer<typeof ratingAdminListOutput>;

export const ratingEditOutput = adminEditOutput(ratingData, {
  series: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  citations: z.array(citationEditOutput),
});
export type RatingEditOutput = z.infer<typeof ratingEditOutput>;

// ───── CSV import ─────

export const RATING_CSV_COLUMNS = [
  "year",
  "politicalRights",
  "civilLiberties",
  "status",
  "headOfState",
  "rank",
  "score",
  "note",
] as const;

export const ratingImportPreviewInput = z.object({
  seriesId: recordIdInput,
  /** CSV text with the header year,politicalRights,civilLiberties,status,headOfState,rank,score,note. */
  csv: z.string().min(1, "Paste the CSV rows").max(1_000_000),
});
export type RatingImportPreviewInput = z.infer<typeof ratingImportPreviewInput>;

export const ratingImportCommitInput = ratingImportPreviewInput.extend({
  /** The source every imported row cites. */
  sourceId: recordIdInput,
  changeNote: changeNoteInput,
});
export type RatingImportCommitInput = z.infer<typeof ratingImportCommitInput>;

export const ratingImportRow = z.object({
  /** Line in the CSV text (the header is line 1). */
  line: z.number().int(),
  year: z.number().int().nullable(),
  /** create: a new draft; update: changes to an existing rating (pending if it is published). */
  action: z.enum(["create", "update", "unchanged", "invalid"]),
  errors: z.array(z.string()),
  values: ratingData.omit({ citations: true, seriesId: true }).nullable(),
  /** For updates: the fields that change. */
  changes: z.array(z.string()),
});
export type RatingImportRow = z.infer<typeof ratingImportRow>;

export const ratingImportPreviewOutput = z.object({
  valid: z.boolean(),
  /** Problems with the CSV as a whole (header, parsing). */
  errors: z.array(z.string()),
  rows: z.array(ratingImportRow),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    invalid: z.number().int(),
  }),
});
export type RatingImportPreviewOutput = z.infer<typeof ratingImportPreviewOutput>;

export const ratingImportCommitOutput = z.object({
  created: z.array(z.number().int()),
  updated: z.array(z.number().int()),
  unchanged: z.array(z.number().int()),
});
export type RatingImportCommitOutput = z.infer<typeof ratingImportCommitOutput>;
