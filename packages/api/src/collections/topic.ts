import { defineCollection } from "./define";

export const topics = defineCollection({
  entityType: "TOPIC",
  noun: "topic",
  label: "Topic",
  plural: "Topics",
  path: "/topics",
  table: "Topic",
  links: ["SOURCE"],
  cacheTags: { list: "topics", record: "topic" },
});
