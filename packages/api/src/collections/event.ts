import { defineCollection } from "./define";

export const events = defineCollection({
  entityType: "EVENT",
  noun: "event",
  label: "Event",
  plural: "Events",
  path: "/events",
  table: "Event",
  relations: {
    topicIds: { to: "TOPIC", noun: "topic" },
    placeIds: { to: "PLACE", noun: "place", mustBePublished: true },
    actors: {
      to: "ACTOR",
      idKey: "actorId",
      identity: ["role"],
      noun: "actor",
      mustBePublished: true,
    },
    citations: { to: "SOURCE", idKey: "sourceId", noun: "source", mustBePublished: true },
  },
  labels: {
    title: "Title",
    slug: "Slug",
    summary: "Summary",
    body: "Body",
    startDate: "Start date",
    endDate: "End date",
    datePrecision: "Precision",
    topicIds: "Topics",
    placeIds: "Places",
    actors: "Actors",
    citations: "Citations",
  },
  cacheTags: { list: "events", record: "event" },
});
