// The record forms declared as data, one per kind that needs nothing more (see record-form.ts).
import {
  actorForm,
  placeForm,
  topicForm,
  type ActorEditOutput,
  type PlaceEditOutput,
  type TopicEditOutput,
} from "@kz/api/schemas";

import { citationValues } from "./citations-editor";
import { ACTOR_KIND_LABELS } from "./labels";
import { defineRecordForm } from "./record-form";

const linkedTo = (verb: string) => (record: { eventCount: number } | null) =>
  record ? `${verb} ${record.eventCount} events (of any status).` : undefined;

export const FORMS = {
  actor: defineRecordForm<ActorEditOutput>({
    schema: actorForm,
    empty: { name: "", slug: "", kind: "person", otherNames: [], description: "" },
    procedures: (client) => client.actor.admin,
    sections: [
      {
        title: "Actor",
        description: linkedTo("Named in"),
        fields: [
          { name: "name", type: "text" },
          { name: "slug", type: "slug", from: "name" },
          { name: "kind", type: "select", options: ACTOR_KIND_LABELS },
          {
            name: "otherNames",
            type: "lines",
            hint: "One per line: spellings, transliterations, former names.",
          },
          {
            name: "description",
            type: "textarea",
            rows: 5,
            hint: "Plain text, shown on the actor's public page.",
          },
        ],
      },
    ],
  }),
  place: defineRecordForm<PlaceEditOutput>({
    schema: placeForm,
    empty: { name: "", slug: "", otherNames: [], region: "", latitude: null, longitude: null },
    toValues: (r) => ({ region: r.form.region ?? "" }),
    procedures: (client) => client.place.admin,
    sections: [
      {
        title: "Place",
        description: linkedTo("Linked to"),
        fields: [
          { name: "name", type: "text" },
          { name: "slug", type: "slug", from: "name" },
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
  }),
  topic: defineRecordForm<TopicEditOutput>({
    schema: topicForm,
    empty: { name: "", slug: "", overview: "", position: 1, citations: [] },
    toValues: (r) => ({ citations: citationValues(r.form.citations) }),
    procedures: (client) => client.topic.admin,
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
          },
        ],
      },
      { title: "Overview", fields: [{ name: "overview", type: "markdown" }] },
      {
        title: "Citations",
        description: () => "Sources for the overview, in footnote order.",
        fields: [{ name: "citations", type: "citations" }],
      },
    ],
  }),
};

export type FormKind = keyof typeof FORMS;
