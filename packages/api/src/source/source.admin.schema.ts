// The admin's source form and lists. Client-safe: zod only.
import { z } from "zod";

import { optionalDateInput, slugOrEmptyInput } from "../shared/admin.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
  savedRecordInput,
} from "../workflow/workflow.schema";
import { sourceKindOutput } from "./source.schema";

/** http(s) only: a javascript: or data: link must never reach a footnote. */
export const httpUrlInput = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
    } catch {
      return false;
    }
  }, "Enter a link starting with http:// or https://");

export const sourceForm = z.object({
  title: z.string().trim().min(1, "Enter a title").max(500),
  /** Empty: made from the title, unique with -2, -3 … */
  slug: slugOrEmptyInput,
  publisher: z.string().trim().min(1, "Enter the publisher").max(300),
  kind: sourceKindOutput,
  url: z.union([httpUrlInput, z.literal("")]).nullish(),
  publishedDate: optionalDateInput,
  accessedDate: optionalDateInput,
  notes: z.string().max(20_000),
  changeNote: changeNoteInput,
});
export type SourceForm = z.infer<typeof sourceForm>;

export const sourceCreateInput = sourceForm;
export const sourceUpdateInput = sourceForm.extend(savedRecordInput);
export type SourceUpdateInput = z.infer<typeof sourceUpdateInput>;

export const sourceData = z.object({
  title: z.string(),
  slug: z.string(),
  publisher: z.string(),
  kind: sourceKindOutput,
  url: z.string().nullable(),
  publishedDate: z.string().nullable(),
  accessedDate: z.string().nullable(),
  notes: z.string(),
});
export type SourceData = z.infer<typeof sourceData>;

export const sourceAdminListInput = adminListInput(["updatedAt", "title", "date"], "desc", {
  kind: sourceKindOutput.optional(),
  /** Year of publication. */
  year: z.number().int().min(1800).max(2100).optional(),
});
export type SourceAdminListInput = z.infer<typeof sourceAdminListInput>;

export const sourceAdminListOutput = adminListOutput({
  slug: z.string(),
  title: z.string(),
  publisher: z.string(),
  kind: sourceKindOutput,
  publishedDate: z.string().nullable(),
  citationCount: z.number().int(),
});
export type SourceAdminListOutput = z.infer<typeof sourceAdminListOutput>;

export const sourceEditOutput = adminEditOutput(sourceData, {
  /** How many records cite it (any status). */
  citationCount: z.number().int(),
});
export type SourceEditOutput = z.infer<typeof sourceEditOutput>;
