import { z } from "zod";

import { caseKindInput } from "../case/case.schema";
import { actorKindOutput, eventSummary } from "../event/event.schema";
import { searchTextInput, snippetSegment } from "../shared/common.schema";
import { sourceSummary } from "../source/source.schema";

export const searchQueryInput = z.object({
  q: searchTextInput,
  /** Hits per kind of record. */
  limit: z.number().int().min(1).max(50).default(10),
});
export type SearchQueryInput = z.infer<typeof searchQueryInput>;

/**
 * What every hit carries: its ts_rank, and a snippet of its text as plain-text segments with the
 * matching words marked (render the segments as text, never as HTML).
 */
const hit = { rank: z.number(), snippet: z.array(snippetSegment) };

export const eventSearchHit = eventSummary.extend(hit);
export const sourceSearchHit = sourceSummary.extend(hit);
export const topicSearchHit = z.object({ slug: z.string(), name: z.string(), ...hit });
export const caseSearchHit = z.object({
  slug: z.string(),
  title: z.string(),
  kind: caseKindInput,
  ...hit,
});
/** A protected person is found and shown by pseudonym only (`nameWithheld`). */
export const actorSearchHit = z.object({
  slug: z.string(),
  name: z.string(),
  kind: actorKindOutput,
  nameWithheld: z.boolean(),
  ...hit,
});

export const searchHits = z.object({
  events: z.array(eventSearchHit),
  cases: z.array(caseSearchHit),
  sources: z.array(sourceSearchHit),
  topics: z.array(topicSearchHit),
  actors: z.array(actorSearchHit),
});
export type SearchHits = z.infer<typeof searchHits>;

/**
 * Published records matching `q`, best first: records whose title or name matches come first, then
 * by ts_rank (of a kind, at most 1 000 matches are ranked: past that, the best of the first found). Cyrillic finds English records through transliterated names and a glossary of key
 * terms ("пытки" → torture). When `q` finds little, `correction` is a query built from the nearest
 * words of published titles and names that finds more: the hits are for it when `q` found nothing
 * (`applied`), else it is only suggested ("did you mean").
 */
export const searchQueryOutput = searchHits.extend({
  correction: z.object({ q: z.string(), applied: z.boolean() }).nullable(),
});
export type SearchQueryOutput = z.infer<typeof searchQueryOutput>;
