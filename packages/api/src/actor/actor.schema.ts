import { z } from "zod";

import { actorKindOutput, eventSummary } from "../event/event.schema";
import { localeInput, translationField } from "../translation/locale.schema";
import {
  bySlugInput,
  cursorInput,
  limitInput,
  pageOutput,
  searchTextInput,
} from "../shared/common.schema";

export const actorListInput = z
  .object({
    /** Full-text search over name and description, matched as in search.query. */
    q: searchTextInput.optional(),
    kind: actorKindOutput.optional(),
    limit: limitInput,
    cursor: cursorInput,
  })
  .default({ limit: 20 });
export type ActorListInput = z.infer<typeof actorListInput>;

export const actorSummary = z.object({
  id: z.string(),
  /** A protected person's is made from their pseudonym: `withheld-person-a`. */
  slug: z.string(),
  /** A protected person's pseudonym ("Person A"). */
  name: z.string(),
  kind: actorKindOutput,
  /**
   * A protected person (a witness, a detainee at risk), shown by pseudonym only: their name, other
   * names and description are withheld (empty here).
   */
  nameWithheld: z.boolean(),
  otherNames: z.array(z.string()),
  /** Published events the actor took part in. */
  eventCount: z.number().int(),
});
export type ActorSummary = z.infer<typeof actorSummary>;

/** Actors by name (a protected person by pseudonym). */
export const actorListOutput = pageOutput(actorSummary);
export type ActorListOutput = z.infer<typeof actorListOutput>;

export const actorBySlugInput = bySlugInput.extend(localeInput);
export type ActorBySlugInput = z.infer<typeof actorBySlugInput>;

export const actorEvent = eventSummary.extend({
  /** What the actor did in the event; several roles are joined with ", ". */
  role: z.string(),
  roles: z.array(z.string()),
});
export type ActorEvent = z.infer<typeof actorEvent>;

export const actorDetail = actorSummary.extend({
  ...translationField,
  description: z.string(),
  /** Published events, oldest first. */
  events: z.array(actorEvent),
});
export type ActorDetail = z.infer<typeof actorDetail>;
