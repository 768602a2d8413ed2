// The admin's topic form and lists. Client-safe: zod only.
import { z } from "zod";

import {
  citationData,
  citationEditOutput,
  citationInput,
  citationsInput,
  optionalTextInput,
  slugOrEmptyInput,
} from "../shared/admin.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
} from "../workflow/workflow.schema";

export const TOPIC_FACT_KINDS = ["FIGURE", "STATEMENT", "INSTRUMENT", "PROGRAMME"] as const;

/**
 * A fact of a topic in a form: a figure (its number with the source's own qualifier and unit), an
 * undated statement, or a named instrument or programme; dated (EDTF) only where the source dates
 * it, and cited.
 */
export const topicFactInput = z
  .object({
    kind: z.enum(TOPIC_FACT_KINDS),
    label: z.string().trim().min(1, "Say what the fact is about").max(500),
    value: z.number().finite().nullable(),
    qualifier: optionalTextInput(40),
    unit: optionalTextInput(100),
    asOf: z
      .union([
        z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
          error: "A year, a month or a day: 2014, 2020-09 or 2020-09-23",
        }),
        z.literal(""),
      ])
      .nullish(),
    citations: z.array(citationInput).min(1, "Cite the source that gives it").max(20),
  })
  .superRefine((f, ctx) => {
    if (f.value === null && (f.qualifier || f.unit))
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "Give the number the qualifier and unit belong to",
      });
  });
export type TopicFactInput = z.infer<typeof topicFactInput>;

export const topicFactData = z.object({
  kind: z.enum(TOPIC_FACT_KINDS),
  label: z.string(),
  value: z.number().nullable(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  asOf: z.string().nullable(),
  citations: z.array(citationData),
});
export type TopicFactData = z.infer<typeof topicFactData>;

export const topicForm = z.object({
  name: z.string().trim().min(1, "Enter a name").max(200),
  /** Empty: made from the name, unique with -2, -3 … */
  slug: slugOrEmptyInput,
  /** The section's overview, in markdown. */
  overview: z.string().max(100_000),
  /** Order among topics. */
  position: z.number().int().min(0).max(10_000),
  citations: citationsInput,
  /** Facts and figures, in order; left as they are when absent (API clients from before them). */
  facts: z.array(topicFactInput).max(100).optional(),
  changeNote: changeNoteInput,
});
export type TopicForm = z.infer<typeof topicForm>;

export const topicData = z.object({
  name: z.string(),
  slug: z.string(),
  overview: z.string(),
  position: z.number().int(),
  citations: z.array(citationData),
  /** Absent from working copies and revisions saved before facts existed: then left as they are. */
  facts: z.array(topicFactData).optional(),
});
export type TopicData = z.infer<typeof topicData>;

export const topicAdminListInput = adminListInput(["position", "title", "updatedAt"], "asc");
export type TopicAdminListInput = z.infer<typeof topicAdminListInput>;

export const topicAdminListOutput = adminListOutput({
  slug: z.string(),
  name: z.string(),
  position: z.number().int(),
  eventCount: z.number().int(),
});
export type TopicAdminListOutput = z.infer<typeof topicAdminListOutput>;

export const topicEditOutput = adminEditOutput(topicData, {
  /** Every source the record cites (the overview's and the facts'), for the citation editors. */
  citations: z.array(citationEditOutput),
});
export type TopicEditOutput = z.infer<typeof topicEditOutput>;
