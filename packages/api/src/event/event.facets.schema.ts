import { z } from "zod";

import { isoDateInput, searchTextInput, slugInput } from "../shared/common.schema";
import { linkedNameOutput, localeInput } from "../translation/locale.schema";

const MAX_VALUES = 20;

/**
 * Filters that take several values: an event matches a facet when it has any of its values, and
 * every facet given (AND across facets). Shared by `event.list` and `event.facets`, so a list and
 * its counts read the same filter.
 */
export const eventFacetFilterFields = {
  topics: z.array(slugInput).max(MAX_VALUES).optional(),
  places: z.array(slugInput).max(MAX_VALUES).optional(),
  actors: z.array(slugInput).max(MAX_VALUES).optional(),
  years: z.array(z.number().int().min(1900).max(2100)).max(MAX_VALUES).optional(),
};

export const eventFacetInput = z
  .object({
    q: searchTextInput.optional(),
    ...eventFacetFilterFields,
    from: isoDateInput.optional(),
    to: isoDateInput.optional(),
    ...localeInput,
  })
  .default({})
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "`from` must not be after `to`",
    path: ["from"],
  });
export type EventFacetInput = z.infer<typeof eventFacetInput>;

/**
 * A linked record offered as a filter value, with how many matching events it would keep; with
 * `locale`, a topic or place is named in it where published (see `translation`).
 */
export const facetValueOutput = linkedNameOutput.extend({ count: z.number().int() });
export type FacetValue = z.infer<typeof facetValueOutput>;

export const eventFacetsOutput = z.object({
  /** Published events matching every filter. */
  total: z.number().int(),
  /**
   * Each facet counts the events matching every *other* filter, so choosing one more of its
   * values widens the list by that count. Only values with events; most events first.
   */
  topics: z.array(facetValueOutput),
  places: z.array(facetValueOutput),
  /** The 30 actors in most matching events, and any chosen one. */
  actors: z.array(facetValueOutput),
  /** Oldest first. */
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type EventFacets = z.infer<typeof eventFacetsOutput>;

export const eventTimelineOutput = z.object({
  /** Oldest first; `topics` sum to `count` (each event under its first topic, or none). */
  years: z.array(
    z.object({
      year: z.number().int(),
      count: z.number().int(),
      topics: z.array(z.object({ slug: z.string().nullable(), count: z.number().int() })),
    }),
  ),
  /** The topics stacked, in the registry's order, with their names (in `locale` where published). */
  topics: z.array(linkedNameOutput),
});
export type EventTimeline = z.infer<typeof eventTimelineOutput>;
