import { z } from "zod";

import { eventSummary } from "../event/event.schema";
import { citationOutput, instantOutput } from "../shared/common.schema";
import { wholeListSchemas } from "../shared/whole-list.schema";
import { topicFactData } from "./topic.admin.schema";

/** A topic's cited fact as the public reads it: its sources in full (only facts with one are shown). */
export const topicFactOutput = topicFactData.extend({ citations: z.array(citationOutput) });
export type TopicFactOutput = z.infer<typeof topicFactOutput>;

/** Published topics in the record's order (position), each a section with its overview. */
export const topicSchemas = wholeListSchemas(
  { name: z.string(), position: z.number().int() },
  {
    /** Markdown. */
    overview: z.string(),
    /** The overview's footnotes, in order. */
    citations: z.array(citationOutput),
    facts: z.array(topicFactOutput),
    /** Published events filed under the topic, oldest first. */
    events: z.array(eventSummary),
    publishedAt: instantOutput.nullable(),
    updatedAt: instantOutput,
  },
);

export type TopicListOutput = z.infer<typeof topicSchemas.listOutput>;
export type TopicBySlugInput = z.infer<typeof topicSchemas.bySlugInput>;
export type TopicDetail = z.infer<typeof topicSchemas.detail>;
