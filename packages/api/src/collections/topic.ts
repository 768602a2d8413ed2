import { defineCollection } from "./define";

export const topics = defineCollection({
  entityType: "TOPIC",
  noun: "topic",
  label: "Topic",
  plural: "Topics",
  path: "/topics",
  table: "Topic",
  relations: { citations: { to: "SOURCE", idKey: "sourceId", noun: "source" } },
  labels: {
    name: "Name",
    slug: "Slug",
    overview: "Overview",
    position: "Position",
    citations: "Citations",
  },
  cacheTags: { list: "topics", record: "topic" },
});
