import { defineCollection } from "./define";

export const actors = defineCollection({
  entityType: "ACTOR",
  noun: "actor",
  label: "Actor",
  plural: "Actors",
  path: "/actors",
  table: "Actor",
  relations: {},
  labels: {
    name: "Name",
    slug: "Slug",
    kind: "Kind",
    otherNames: "Other names",
    description: "Description",
  },
  cacheTags: { list: "actors", record: "actor" },
});
