import { defineCollection, exampleId } from "./define";

export const ratings = defineCollection({
  entityType: "RATING",
  noun: "rating",
  label: "Rating",
  plural: "Ratings",
  path: "/ratings",
  recordPages: false,
  table: "Rating",
  // A rating is shown on its series' page, so that page's tag is its record tag.
  relations: { citations: { to: "SOURCE", idKey: "sourceId", noun: "source" } },
  labels: {
    seriesId: "Series",
    year: "Year",
    politicalRights: "Political rights",
    civilLiberties: "Civil liberties",
    status: "Freedom status",
    rank: "Rank",
    score: "Score",
    headOfState: "Head of state",
    note: "Note",
    citations: "Citations",
  },
  // A rating's numbers need no translation; its series' name and description do.
  localizedParts: [
    {
      entityType: "RATING_SERIES",
      label: "Rating series",
      table: "RatingSeries",
      titleField: "name",
      localized: { name: "text", description: "text" },
      labels: { name: "Name", description: "Description" },
    },
  ],
  cacheTags: { list: "ratings", record: "rating-series" },
  example: {
    seriesId: exampleId("series"),
    year: 2024,
    politicalRights: 7,
    civilLiberties: 5,
    status: "not_free",
    citations: [{ sourceId: exampleId("source") }],
  },
});
