import { defineCollection } from "./define";

export const sources = defineCollection({
  entityType: "SOURCE",
  noun: "source",
  label: "Source",
  plural: "Sources",
  path: "/sources",
  table: "Source",
  relations: {},
  cacheTags: { list: "sources", record: "source" },
});
