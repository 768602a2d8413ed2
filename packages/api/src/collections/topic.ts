import { defineCollection } from "./define";

export const topics = defineCollection({
  entityType: "TOPIC",
  noun: "topic",
  label: "Topic",
  plural: "Topics",
  path: "/topics",
  table: "Topic",
  lifecycle: "workflow",
  cacheTags: { list: "topics", record: "topic" },
});
