import { placeForm } from "../place/place.admin.schema";
import { BY_LAST_UPDATE, byTitle, EVENT_COUNT_COLUMN, titleAndSlug } from "./admin";
import { defineCollection } from "./define";

export const places = defineCollection({
  entityType: "PLACE",
  noun: "place",
  label: "Place",
  plural: "Places",
  path: "/places",
  recordPages: true,
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
  localized: { name: "text", region: "text" },
  cacheTags: {
    list: "places",
    record: "place",
    shows: { list: ["EVENT"], record: ["EVENT"] },
  },
  example: {
    name: "Zhanaozen",
    slug: "",
    otherNames: ["Novy Uzen"],
    region: "Mangystau Region",
    latitude: 43.34,
    longitude: 52.86,
  },
  admin: {
    lead: "Cities, regions and sites where events happened. Each is public once published.",
    titleField: "name",
    sorts: [byTitle("Name"), BY_LAST_UPDATE],
    columns: [
      { field: "region", label: "Region" },
      { field: "otherNames", label: "Other names" },
      EVENT_COUNT_COLUMN,
    ],
    form: {
      schema: placeForm,
      empty: { name: "", slug: "", otherNames: [], region: "", latitude: null, longitude: null },
      sections: [
        {
          title: "Place",
          eventCountNote: "Linked to",
          fields: [
            ...titleAndSlug("name"),
            {
              name: "otherNames",
              type: "lines",
              hint: "One per line: former names, other spellings.",
            },
            { name: "region", type: "text", optional: true },
            { name: "latitude", type: "number", optional: true, inline: true },
            { name: "longitude", type: "number", optional: true, inline: true },
          ],
        },
      ],
    },
  },
});
