import { defineCollection } from "./define";

export const ratings = defineCollection({
  entityType: "RATING",
  noun: "rating",
  label: "Rating",
  plural: "Ratings",
  path: "/ratings",
  table: "Rating",
  // A rating is shown on its series' page, so that page's tag is its record tag.
  relations: { citations: { to: "SOURCE", idKey: "sourceId", noun: "source" } },
  cacheTags: { list: "ratings", record: "rating-series" },
});
