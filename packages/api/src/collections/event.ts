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
    placeIds: { to: "PLACE", noun: "place" },
    actors: { to: "ACTOR", idKey: "actorId", identity: ["role"], noun: "actor" },
    citations: { to: "SOURCE", idKey: "sourceId", noun: "source" },
  },
  cacheTags: { list: "events", record: "event" },
});
