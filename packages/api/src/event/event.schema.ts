import { z } from "zod";

import {
  bySlugInput,
  citationOutput,
  cursorInput,
  instantOutput,
  isoDateInput,
  isoDateOutput,
  limitInput,
  pageOutput,
  searchTextInput,
  slugInput,
} from "../shared/common.schema";
import { linkedNameOutput, localeInput, translationField } from "../translation/locale.schema";
import { eventFacetFilterFields } from "./event.facets.schema";

export const eventListInput = z
  .object({
    /** Full-text search, matched as in search.query. */
    q: searchTextInput.optional(),
    topic: slugInput.optional(),
    place: slugInput.optional(),
    actor: slugInput.optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    from: isoDateInput.optional(),
    to: isoDateInput.optional(),
    /** Several values per filter: `topics=protests,courts` matches events with either. */
    ...eventFacetFilterFields,
    /**
     * date: by when the event happened; updated: by when it was last published or corrected
     * (what a feed reader wants to see first).
     */
    sort: z.enum(["date", "updated"]).default("date"),
    order: z.enum(["asc", "desc"]).default("desc"),
    limit: limitInput,
    cursor: cursorInput,
    ...localeInput,
  })
  .default({ sort: "date", order: "desc", limit: 20 })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "`from` must not be after `to`",
    path: ["from"],
  });
export type EventListInput = z.infer<typeof eventListInput>;

export const datePrecisionOutput = z.enum(["day", "month", "year"]);

export const eventSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  startDate: isoDateOutput,
  endDate: isoDateOutput.nullable(),
  datePrecision: datePrecisionOutput,
  topics: z.array(linkedNameOutput),
  places: z.array(linkedNameOutput),
  /** Citations whose source is published. */
  sourceCount: z.number().int(),
  /** When it was last published or corrected (sort: "updated" lists by this). */
  updatedAt: instantOutput,
  /** The event's page on the public site. */
  url: z.string(),
  ...translationField,
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventListOutput = pageOutput(eventSummary);
export type EventListOutput = z.infer<typeof eventListOutput>;

export const eventBySlugInput = bySlugInput.extend(localeInput);
export type EventBySlugInput = z.infer<typeof eventBySlugInput>;

export const actorKindOutput = z.enum(["person", "organization", "government_body"]);

export const eventDetail = eventSummary.extend({
  /** Markdown. */
  body: z.string(),
  /**
   * One entry per actor and role, by actor name. A protected person is shown by pseudonym, at
   * their withheld address, with `nameWithheld`.
   */
  actors: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      kind: actorKindOutput,
      nameWithheld: z.boolean(),
      role: z.string(),
    }),
  ),
  /** Footnote order. */
  citations: z.array(citationOutput),
  publishedAt: instantOutput.nullable(),
  /** The editor's note on the changes last published ("Corrected the date"), if they left one. */
  lastUpdateNote: z.string().nullable().optional(),
  /** Up to 5 published events sharing a topic, place or actor, nearest in date first. */
  related: z.array(eventSummary),
});
export type EventDetail = z.infer<typeof eventDetail>;
