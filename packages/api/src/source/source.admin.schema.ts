// The admin's source form and lists. Client-safe: zod only.
import { z } from "zod";

import { optionalDateInput, slugOrEmptyInput } from "../shared/admin.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
} from "../workflow/workflow.schema";
import { sourceKindOutput } from "./source.schema";
import { isArchiveCopy } from "./source-url";

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

/** A copy of the source in a web archive: archive.org, archive.today or perma.cc. */
export const archiveUrlInput = httpUrlInput.refine(
  isArchiveCopy,
  "Enter the address of a copy in the Wayback Machine (web.archive.org), archive.today (archive.ph) or perma.cc",
);

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
  archiveUrl: z.union([archiveUrlInput, z.literal("")]).nullish(),
  /** Who verified the address (a name), when, and what confirmed its title and publisher. */
  verifiedBy: z.string().trim().max(200).nullish(),
  verifiedOn: optionalDateInput,
  verificationNote: z.string().trim().max(5_000).optional(),
  changeNote: changeNoteInput,
});
export type SourceForm = z.infer<typeof sourceForm>;

export const sourceData = z.object({
  title: z.string(),
  slug: z.string(),
  publisher: z.string(),
  kind: sourceKindOutput,
  url: z.string().nullable(),
  publishedDate: z.string().nullable(),
  accessedDate: z.string().nullable(),
  notes: z.string(),
  // Absent from working copies and revisions saved before they existed.
  archiveUrl: z.string().nullable().default(null),
  verifiedBy: z.string().nullable().default(null),
  verifiedOn: z.string().nullable().default(null),
  verificationNote: z.string().default(""),
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

/** The source-health job's latest check of an address. */
export const sourceCheckOutput = z.object({
  url: z.string(),
  result: z.enum(["OK", "REDIRECTED", "BROKEN", "UNREACHABLE"]),
  httpStatus: z.number().int().nullable(),
  finalUrl: z.string().nullable(),
  error: z.string().nullable(),
  checkedAt: z.date(),
});
export type SourceCheckOutput = z.infer<typeof sourceCheckOutput>;

export const sourceEditOutput = adminEditOutput(sourceData, {
  /** How many records cite it (any status). */
  citationCount: z.number().int(),
  /** The latest check of its address, if any. */
  lastCheck: sourceCheckOutput.nullable(),
});
export type SourceEditOutput = z.infer<typeof sourceEditOutput>;
