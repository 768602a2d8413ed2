// The admin's event form and lists. Client-safe: zod only.
import { z } from "zod";

import {
  idListInput,
  slugOrEmptyInput,
  optionalDateInput,
  citationsInput,
  citationData,
  citationEditOutput,
  refWithIdOutput,
} from "../shared/admin.schema";
import { isoDateInput } from "../shared/common.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
  recordIdInput,
  workflowStatusInput,
} from "../workflow/workflow.schema";

export const datePrecisionInput = z.enum(["day", "month", "year"]);
export type DatePrecisionInput = z.infer<typeof datePrecisionInput>;

/** A date at its precision: a month is its first day, a year its 1 January. */
export function normalizeDate(date: string, precision: DatePrecisionInput): string {
  if (precision === "month") return `${date.slice(0, 7)}-01`;
  if (precision === "year") return `${date.slice(0, 4)}-01-01`;
  return date;
}

export const eventActorInput = z.object({
  actorId: z.string().trim().min(1).max(64),
  /** What the actor did in the event, e.g. "detained". */
  role: z.string().trim().min(1).max(100),
});

/** The event form, for creating and for editing (with id and expectedVersion). */
export const eventForm = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(300),
    /** Empty: made from the title, unique with -2, -3 … */
    slug: slugOrEmptyInput,
    summary: z.string().trim().min(1, "Enter a summary").max(2000),
    /** Markdown. */
    body: z.string().max(100_000),
    startDate: isoDateInput,
    endDate: optionalDateInput,
    datePrecision: datePrecisionInput,
    /** The first is the event's primary topic. */
    topicIds: idListInput,
    placeIds: idListInput,
    actors: z
      .array(eventActorInput)
      .max(100)
      .refine(
        (actors) => new Set(actors.map((a) => `${a.actorId} ${a.role}`)).size === actors.length,
        "Each actor may have each role only once",
      ),
    citations: citationsInput,
    changeNote: changeNoteInput,
  })
  .refine((e) => !e.endDate || e.endDate >= e.startDate, {
    message: "The end date must not be before the start date",
    path: ["endDate"],
  });
export type EventForm = z.infer<typeof eventForm>;
export type EventFormInput = z.input<typeof eventForm>;

/** An event's content as saved: the form, normalised (slug set, dates at their precision). */
export const eventData = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  datePrecision: datePrecisionInput,
  topicIds: z.array(z.string()),
  placeIds: z.array(z.string()),
  actors: z.array(z.object({ actorId: z.string(), role: z.string() })),
  citations: z.array(citationData),
});
export type EventData = z.infer<typeof eventData>;

export const eventAdminListInput = adminListInput(["updatedAt", "title", "date"], "desc", {
  /** Topic id. */
  topic: recordIdInput.optional(),
  year: z.number().int().min(1800).max(2100).optional(),
});
export type EventAdminListInput = z.infer<typeof eventAdminListInput>;

export const eventAdminListOutput = adminListOutput({
  slug: z.string(),
  title: z.string(),
  startDate: z.string(),
  datePrecision: datePrecisionInput,
  citationCount: z.number().int(),
});
export type EventAdminListOutput = z.infer<typeof eventAdminListOutput>;

export const eventEditOutput = adminEditOutput(eventData, {
  lastUpdateNote: z.string().nullable(),
  topics: z.array(refWithIdOutput),
  /** With their status: a person or place nobody has published holds the event back. */
  places: z.array(refWithIdOutput.extend({ status: workflowStatusInput })),
  actors: z.array(refWithIdOutput.extend({ kind: z.string(), status: workflowStatusInput })),
  citations: z.array(citationEditOutput),
});
export type EventEditOutput = z.infer<typeof eventEditOutput>;
