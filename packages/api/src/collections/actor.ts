import { defineCollection } from "./define";

export const actors = defineCollection({
  entityType: "ACTOR",
  noun: "actor",
  label: "Actor",
  plural: "Actors",
  path: "/actors",
  table: "Actor",
  relations: {},
  cacheTags: { list: "actors", record: "actor" },
});
