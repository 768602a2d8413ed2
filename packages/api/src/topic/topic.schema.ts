import { z } from "zod";

import { eventSummary } from "../event/event.schema";
import { bySlugInput, citationOutput, instantOutput } from "../shared/common.schema";
import { localeInput, onlyLocaleInput, translationField } from "../translation/locale.schema";

export const topicListItem = z.object({
  slug: z.string(),
  name: z.string(),
  position: z.number().int(),
  /** Published events filed under the topic. */
  eventCount: z.number().int(),
  ...translationField,
});
export type TopicListItem = z.infer<typeof topicListItem>;

/** Published topics in the record's order (position). */
export const topicListOutput = z.array(topicListItem);
export type TopicListOutput = z.infer<typeof topicListOutput>;

/** The list's language (optional, English by default). */
export const topicListInput = onlyLocaleInput;

export const topicBySlugInput = bySlugInput.extend(localeInput);
export type TopicBySlugInput = z.infer<typeof topicBySlugInput>;

export const topicDetail = topicListItem.extend({
  /** Markdown. */
  overview: z.string(),
  /** The overview's footnotes, in order. */
  citations: z.array(citationOutput),
  /** Published events filed under the topic, oldest first. */
  events: z.array(eventSummary),
  publishedAt: instantOutput.nullable(),
  updatedAt: instantOutput,
});
export type TopicDetail = z.infer<typeof topicDetail>;
