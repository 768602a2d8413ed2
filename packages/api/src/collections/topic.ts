import { defineCollection } from "./define";

export const topics = defineCollection({
  entityType: "TOPIC",
  noun: "topic",
  label: "Topic",
  plural: "Topics",
  path: "/topics",
  table: "Topic",
  relations: { citations: { to: "SOURCE", idKey: "sourceId", noun: "source" } },
  cacheTags: { list: "topics", record: "topic" },
});
