// Zod pieces the admin forms share. Client-safe: zod only.
import { z } from "zod";

import { isoDateInput, slugInput } from "./common.schema";

/** A slug, or "" to have one made from the title and kept unique. */
export const slugOrEmptyInput = z.union([slugInput, z.literal("")]).optional();

/** An optional calendar date as forms send it: "YYYY-MM-DD", "" or nothing. */
export const optionalDateInput = z.union([isoDateInput, z.literal("")]).nullish();

/** Optional text: "" counts as nothing. */
export const optionalTextInput = (max: number) => z.string().trim().max(max).nullish();

export const idListInput = z
  .array(z.string().trim().min(1).max(64))
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, "Each may appear only once");

/**
 * A footnote in a form: the source, where in it (a place in that document, never a speaker), an
 * optional quote, and whose words the source reports ("eyewitnesses").
 */
export const citationInput = z.object({
  sourceId: z.string().trim().min(1).max(64),
  locator: optionalTextInput(200),
  quote: optionalTextInput(5000),
  attributedTo: optionalTextInput(200),
});
export type CitationInput = z.infer<typeof citationInput>;
export const citationsInput = z.array(citationInput).max(200);

/** A footnote as stored in a working copy or revision. */
export const citationData = z.object({
  sourceId: z.string(),
  locator: z.string().nullable(),
  quote: z.string().nullable(),
  // Absent from working copies and revisions saved before attributions existed.
  attributedTo: z.string().nullable().default(null),
});
export type CitationData = z.infer<typeof citationData>;

/** A citation with the summary of its source, for the form's citation editor. */
export const citationEditOutput = citationData.extend({
  source: z
    .object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      publisher: z.string(),
      status: z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"]),
      inTrash: z.boolean(),
    })
    .nullable(),
});
export type CitationEditOutput = z.infer<typeof citationEditOutput>;

/** Nothing, for optional text that forms send as "". */
export const textOrNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === "" ? null : value;

/** A citation of a whole source: no place in it, no quote, no attribution. */
export const citationOfSource = (sourceId: string): CitationData => ({
  sourceId,
  locator: null,
  quote: null,
  attributedTo: null,
});

export const citationsOf = (citations: CitationInput[]): CitationData[] =>
  citations.map((c) => ({
    sourceId: c.sourceId,
    locator: textOrNull(c.locator),
    quote: textOrNull(c.quote),
    attributedTo: textOrNull(c.attributedTo),
  }));

export const refWithIdOutput = z.object({ id: z.string(), slug: z.string(), name: z.string() });
