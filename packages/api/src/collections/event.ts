import { defineCollection } from "./define";

export const events = defineCollection({
  entityType: "EVENT",
  noun: "event",
  label: "Event",
  plural: "Events",
  path: "/events",
  table: "Event",
  lifecycle: "workflow",
  cacheTags: { list: "events", record: "event" },
});
