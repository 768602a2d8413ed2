import { actorForm, UNPROTECT_REFUSED } from "../actor/actor.admin.schema";
import { BY_LAST_UPDATE, byTitle, EVENT_COUNT_COLUMN, titleAndSlug } from "./admin";
import { defineCollection } from "./define";

/** The admin list's marker of a protected person. */
const PROTECTION_LABELS = { true: "Protected", false: "—" } as const;

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
    isProtected: "Protected identity",
    pseudonym: "Pseudonym",
  },
  // Names stay as the record spells them (search transliterates); what is said of them is translated.
  localized: { description: "markdown" },
  search: {
    title: "name",
    snippet: ["description"],
    order: [{ column: "name" }],
    protectedIdentities: true,
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
    isProtected: false,
    pseudonym: null,
  },
  admin: {
    lead: "People, organisations and government bodies named in events. Each is public once published.",
    titleField: "name",
    sorts: [byTitle("Name"), BY_LAST_UPDATE],
    filters: [{ name: "kind", label: "Kind", emptyLabel: "Any kind", options: ACTOR_KIND_LABELS }],
    columns: [
      { field: "isProtected", label: "Identity", options: PROTECTION_LABELS },
      { field: "kind", label: "Kind", options: ACTOR_KIND_LABELS },
      { field: "otherNames", label: "Other names" },
      EVENT_COUNT_COLUMN,
    ],
    form: {
      schema: actorForm,
      empty: {
        name: "",
        slug: "",
        kind: "person",
        otherNames: [],
        description: "",
        isProtected: false,
        pseudonym: "",
      },
      sections: [
        {
          title: "Actor",
          eventCountNote: "Named in",
          fields: [
            ...titleAndSlug("name"),
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
        {
          title: "Protection",
          description:
            "A protected person is public only under a pseudonym, at an address made from it: their name, other names and description are never shown, in pages, search, the API, downloads or feeds. Editors still see everything here. It takes effect on the public site when published.",
          fields: [
            {
              name: "isProtected",
              type: "checkbox",
              text: "Withhold this person's identity from the public",
              marker: "Protected",
              uncheck: {
                role: "EDITOR",
                refused: UNPROTECT_REFUSED,
                title: "Remove this person's protection?",
                consequence:
                  "Their real name, other names and description will be public once published, in pages, search, the API, downloads and feeds.",
                confirm: "Remove protection",
              },
            },
            {
              name: "pseudonym",
              type: "text",
              optional: true,
              hint: "How the public names them. Left empty, the next free one is given on saving: “Person A”, “Person B” …",
            },
          ],
        },
      ],
    },
  },
});
