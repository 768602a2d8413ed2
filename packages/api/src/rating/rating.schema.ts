import { z } from "zod";

import { citationOutput, slugInput } from "../shared/common.schema";
import { localeInput, onlyLocaleInput, translationField } from "../translation/locale.schema";

/** Freedom House status: the enum value in lowercase, with its label as Freedom House prints it. */
export const freedomStatusOutput = z.enum(["free", "partly_free", "not_free"]);
export type FreedomStatusOutput = z.infer<typeof freedomStatusOutput>;
export const freedomStatusLabelOutput = z.enum(["Free", "Partly Free", "Not Free"]);
export const FREEDOM_STATUS_LABELS = {
  free: "Free",
  partly_free: "Partly Free",
  not_free: "Not Free",
} as const satisfies Record<FreedomStatusOutput, z.infer<typeof freedomStatusLabelOutput>>;

export const ratingSeriesOutput = z.object({
  slug: z.string(),
  name: z.string(),
  publisher: z.string(),
  description: z.string(),
  /** How to read the numbers. */
  scaleDescription: z.string(),
  /** What the year means in this series. */
  yearNote: z.string(),
  ...translationField,
});
export type RatingSeriesOutput = z.infer<typeof ratingSeriesOutput>;

export const ratingSeriesListOutput = z.array(
  ratingSeriesOutput.extend({
    /** First and last year with a published rating; null when none is published yet. */
    years: z.tuple([z.number().int(), z.number().int()]).nullable(),
  }),
);
export type RatingSeriesListOutput = z.infer<typeof ratingSeriesListOutput>;

/** The list's language (optional, English by default). */
export const ratingSeriesListInput = onlyLocaleInput;

export const ratingListInput = z.object({ series: slugInput, ...localeInput });
export type RatingListInput = z.infer<typeof ratingListInput>;

export const ratingItemOutput = z.object({
  year: z.number().int(),
  politicalRights: z.number().int().nullable(),
  civilLiberties: z.number().int().nullable(),
  status: freedomStatusOutput.nullable(),
  statusLabel: freedomStatusLabelOutput.nullable(),
  rank: z.number().int().nullable(),
  score: z.number().nullable(),
  headOfState: z.string().nullable(),
  note: z.string().nullable(),
  citations: z.array(citationOutput),
});
export type RatingItemOutput = z.infer<typeof ratingItemOutput>;

export const ratingListOutput = z.object({
  series: ratingSeriesOutput,
  /** Published ratings, by year. */
  items: z.array(ratingItemOutput),
});
export type RatingListOutput = z.infer<typeof ratingListOutput>;
