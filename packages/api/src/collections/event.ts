import { defineCollection } from "./define";

export const events = defineCollection({
  entityType: "EVENT",
  noun: "event",
  label: "Event",
  plural: "Events",
  path: "/events",
  table: "Event",
  links: ["SOURCE", "TOPIC", "ACTOR", "PLACE"],
  cacheTags: { list: "events", record: "event" },
});
