import { actorForm } from "../actor/actor.admin.schema";
import { defineCollection } from "./define";

/** How editors read an actor's kind. */
export const ACTOR_KIND_LABELS = {
  person: "Person",
  organization: "Organisation",
  government_body: "Government body",
} as const;

export const actors = defineCollection({
  entityType: "ACTOR",
  noun: "actor",
  label: "Actor",
  plural: "Actors",
  path: "/actors",
  recordPages: true,
  table: "Actor",
  relations: {},
  labels: {
    name: "Name",
    slug: "Slug",
    kind: "Kind",
    otherNames: "Other names",
    description: "Description",
  },
  cacheTags: {
    list: "actors",
    record: "actor",
    shows: { list: ["EVENT"], record: ["EVENT"] },
  },
  example: {
    name: "Example Foundation",
    slug: "",
    kind: "organization",
    otherNames: [],
    description: "",
  },
  admin: {
    lead: "People, organisations and government bodies named in events. Each is public once published.",
    titleField: "name",
    sorts: [
      { value: "title", label: "Name", order: "asc" },
      { value: "updatedAt", label: "Last updated", order: "desc" },
    ],
    filters: [{ name: "kind", label: "Kind", emptyLabel: "Any kind", options: ACTOR_KIND_LABELS }],
    columns: [
      { field: "kind", label: "Kind", options: ACTOR_KIND_LABELS },
      { field: "otherNames", label: "Other names" },
      { field: "eventCount", label: "Events" },
    ],
    form: {
      schema: actorForm,
      empty: { name: "", slug: "", kind: "person", otherNames: [], description: "" },
      sections: [
        {
          title: "Actor",
          eventCountNote: "Named in",
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
    },
  },
});
