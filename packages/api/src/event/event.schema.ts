import { z } from "zod";

import { cursorSchema, limitSchema } from "../shared/pagination";

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, "Use lowercase letters, digits and hyphens");
const isoDate = z.iso.date({ message: "Use a date as YYYY-MM-DD" });

export const eventListInput = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    topic: slug.optional(),
    place: slug.optional(),
    actor: slug.optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    order: z.enum(["asc", "desc"]).default("desc"),
    limit: limitSchema,
    cursor: cursorSchema,
  })
  .default({ order: "desc", limit: 20 })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "`from` must not be after `to`",
    path: ["from"],
  });
export type EventListInput = z.infer<typeof eventListInput>;

export const datePrecisionOutput = z.enum(["day", "month", "year"]);

const ref = z.object({ slug: z.string(), name: z.string() });

export const eventSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  datePrecision: datePrecisionOutput,
  topics: z.array(ref),
  places: z.array(ref),
  sourceCount: z.number().int(),
  url: z.string(),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventListOutput = z.object({
  items: z.array(eventSummary),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export type EventListOutput = z.infer<typeof eventListOutput>;
