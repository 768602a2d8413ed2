import { defineCollection } from "./define";

export const events = defineCollection({
  entityType: "EVENT",
  noun: "event",
  label: "Event",
  table: "Event",
  lifecycle: "workflow",
  cacheTags: { list: "events", record: "event" },
});
