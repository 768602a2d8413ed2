import { defineCollection } from "./define";

export const topics = defineCollection({
  entityType: "TOPIC",
  noun: "topic",
  label: "Topic",
  table: "Topic",
  lifecycle: "workflow",
  cacheTags: { list: "topics", record: "topic" },
});
