import { topicForm } from "../topic/topic.admin.schema";
import { defineCollection } from "./define";

export const topics = defineCollection({
  entityType: "TOPIC",
  noun: "topic",
  label: "Topic",
  plural: "Topics",
  path: "/topics",
  recordPages: true,
  table: "Topic",
  relations: { citations: { to: "SOURCE", idKey: "sourceId", noun: "source" } },
  labels: {
    name: "Name",
    slug: "Slug",
    overview: "Overview",
    position: "Position",
    citations: "Citations",
  },
  localized: { name: "text", overview: "markdown" },
  cacheTags: {
    list: "topics",
    record: "topic",
    shows: { list: ["EVENT"], record: ["EVENT", "SOURCE"] },
  },
  example: {
    name: "Freedom of assembly",
    slug: "",
    overview: "",
    position: 10,
    citations: [],
  },
  admin: {
    lead: "The sections of the record, each with an overview and its events.",
    titleField: "name",
    sorts: [
      { value: "position", label: "Position", order: "asc" },
      { value: "title", label: "Name", order: "asc" },
      { value: "updatedAt", label: "Last updated", order: "desc" },
    ],
    columns: [
      { field: "position", label: "Position" },
      { field: "eventCount", label: "Events" },
    ],
    form: {
      schema: topicForm,
      empty: { name: "", slug: "", overview: "", position: 1, citations: [] },
      sections: [
        {
          title: "Topic",
          fields: [
            { name: "name", type: "text" },
            { name: "slug", type: "slug", from: "name" },
            {
              name: "position",
              type: "number",
              min: 0,
              hint: "Topics are listed by position, smallest first.",
              next: true,
            },
          ],
        },
        { title: "Overview", fields: [{ name: "overview", type: "markdown" }] },
        {
          title: "Citations",
          description: "Sources for the overview, in footnote order.",
          fields: [{ name: "citations", type: "citations" }],
        },
      ],
    },
  },
});
