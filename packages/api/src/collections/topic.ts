import { topicForm } from "../topic/topic.admin.schema";
import { BY_LAST_UPDATE, byTitle, EVENT_COUNT_COLUMN, titleAndSlug } from "./admin";
import { defineCollection } from "./define";

const TOPIC_FACT_KIND_LABELS = {
  FIGURE: "Figure",
  STATEMENT: "Statement",
  INSTRUMENT: "Instrument",
  PROGRAMME: "Programme",
} as const;

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
    facts: "Facts and figures",
  },
  localized: { name: "text", overview: "markdown" },
  search: { title: "name", snippet: ["overview"], order: [{ column: "position" }] },
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
      byTitle("Name"),
      BY_LAST_UPDATE,
    ],
    columns: [{ field: "position", label: "Position" }, EVENT_COUNT_COLUMN],
    form: {
      schema: topicForm,
      empty: { name: "", slug: "", overview: "", position: 1, citations: [], facts: [] },
      sections: [
        {
          title: "Topic",
          fields: [
            ...titleAndSlug("name"),
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
        {
          title: "Facts and figures",
          description:
            "In the source's words: a figure keeps the source's qualifier (“over”, “nearly”, “about”), and is dated only where the source dates it.",
          fields: [
            {
              name: "facts",
              type: "entries",
              item: "Fact",
              empty: {
                kind: "FIGURE",
                label: "",
                value: null,
                qualifier: "",
                unit: "",
                asOf: "",
                citations: [],
              },
              labels: {
                kind: "Kind",
                label: "What it is",
                value: "Number",
                qualifier: "Qualifier",
                unit: "Unit",
                asOf: "As of",
                citations: "Sources",
              },
              fields: [
                { name: "kind", type: "select", options: TOPIC_FACT_KIND_LABELS },
                {
                  name: "label",
                  type: "text",
                  hint: "An instrument's or programme's name as the source gives it.",
                },
                { name: "value", type: "number", optional: true, inline: true },
                {
                  name: "qualifier",
                  type: "text",
                  optional: true,
                  hint: "As the source words it: over, nearly, about, some.",
                },
                {
                  name: "unit",
                  type: "text",
                  optional: true,
                  hint: "“religious organizations”, “%”",
                },
                {
                  name: "asOf",
                  type: "text",
                  optional: true,
                  hint: "Only where the source dates it: 2014, 2020-09 or 2020-09-23.",
                },
                { name: "citations", type: "citations" },
              ],
            },
          ],
        },
      ],
    },
  },
});
