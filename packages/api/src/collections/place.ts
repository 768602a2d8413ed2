import { defineCollection } from "./define";

export const places = defineCollection({
  entityType: "PLACE",
  noun: "place",
  label: "Place",
  plural: "Places",
  path: "/places",
  table: "Place",
  relations: {},
  labels: {
    name: "Name",
    slug: "Slug",
    otherNames: "Other names",
    region: "Region",
    latitude: "Latitude",
    longitude: "Longitude",
  },
  cacheTags: { list: "places", record: "place" },
});
