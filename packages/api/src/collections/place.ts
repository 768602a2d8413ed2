import { defineCollection } from "./define";

export const places = defineCollection({
  entityType: "PLACE",
  noun: "place",
  label: "Place",
  plural: "Places",
  path: "/places",
  table: "Place",
  relations: {},
  cacheTags: { list: "places", record: "place" },
});
