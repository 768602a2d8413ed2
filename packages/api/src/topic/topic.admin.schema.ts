// The admin's topic form and lists. Client-safe: zod only.
import { z } from "zod";

import {
  citationData,
  citationEditOutput,
  citationsInput,
  slugOrEmptyInput,
} from "../shared/admin.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
} from "../workflow/workflow.schema";

export const topicForm = z.object({
  name: z.string().trim().min(1, "Enter a name").max(200),
  /** Empty: made from the name, unique with -2, -3 … */
  slug: slugOrEmptyInput,
  /** The section's overview, in markdown. */
  overview: z.string().max(100_000),
  /** Order among topics. */
  position: z.number().int().min(0).max(10_000),
  citations: citationsInput,
  changeNote: changeNoteInput,
});
export type TopicForm = z.infer<typeof topicForm>;

export const topicData = z.object({
  name: z.string(),
  slug: z.string(),
  overview: z.string(),
  position: z.number().int(),
  citations: z.array(citationData),
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
  citations: z.array(citationEditOutput),
});
export type TopicEditOutput = z.infer<typeof topicEditOutput>;
