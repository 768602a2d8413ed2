import { caseForm } from "../case/case.schema";
import { BY_LAST_UPDATE, byTitle, titleAndSlug } from "./admin";
import { defineCollection, exampleId } from "./define";

/** How editors read a case's kind. */
export const CASE_KIND_LABELS = {
  detention: "Detention",
  prosecution: "Prosecution",
  physical_attack: "Physical attack",
  harassment: "Harassment",
  other: "Other",
} as const;

/** How editors read a status in a case's timeline. */
export const CASE_STATUS_LABELS = {
  arrested: "Arrested",
  detained: "Detained",
  charged: "Charged",
  convicted: "Convicted",
  sentenced: "Sentenced",
  released: "Released",
  restricted: "Restricted",
  acquitted: "Acquitted",
  attacked: "Attacked",
  deceased: "Deceased",
  other: "Other",
} as const;

const PRECISION_LABELS = { day: "Day", month: "Month", year: "Year" } as const;

export const cases = defineCollection({
  entityType: "CASE",
  noun: "case",
  label: "Case",
  plural: "Cases",
  path: "/cases",
  recordPages: true,
  table: "Case",
  relations: {
    actorIds: { to: "ACTOR", noun: "person", mustBePublished: true },
    eventIds: { to: "EVENT", noun: "event" },
    topicIds: { to: "TOPIC", noun: "topic" },
  },
  labels: {
    title: "Title",
    slug: "Slug",
    kind: "Kind",
    summary: "Summary",
    actorIds: "People concerned",
    unnamedCount: "People not named",
    charges: "Charges",
    articles: "Articles of a code",
    authority: "Authority or court",
    detentionPlace: "Place of detention",
    entries: "Timeline",
    findings: "International findings",
    eventIds: "Events",
    topicIds: "Topics",
  },
  localized: { title: "text", summary: "markdown" },
  search: { title: "title", snippet: ["summary", "charges"], order: [{ column: "title" }] },
  cacheTags: {
    list: "cases",
    record: "case",
    shows: { list: ["ACTOR", "TOPIC", "SOURCE"], record: ["ACTOR", "EVENT", "TOPIC", "SOURCE"] },
  },
  example: {
    title: "Journalist held in pre-trial detention",
    slug: "",
    kind: "detention",
    summary: "A journalist was arrested after covering a protest.",
    actorIds: [exampleId("actor")],
    unnamedCount: 0,
    charges: "Spreading false information",
    articles: ["Criminal Code, art. 274"],
    authority: "Almaly District Court",
    detentionPlace: "",
    entries: [
      {
        date: "2022-01-06",
        datePrecision: "day",
        status: "arrested",
        term: null,
        note: "",
        citations: [{ sourceId: exampleId("source"), locator: "p. 2", quote: null }],
      },
    ],
    findings: [],
    eventIds: [],
    topicIds: [],
  },
  admin: {
    lead: "People detained, prosecuted or attacked: each case's timeline is cited entry by entry. Public once published.",
    titleField: "title",
    sorts: [BY_LAST_UPDATE, byTitle("Title")],
    filters: [
      { name: "kind", label: "Kind", emptyLabel: "Any kind", options: CASE_KIND_LABELS },
      {
        name: "lastStatus",
        label: "Last known status",
        emptyLabel: "Any status",
        options: CASE_STATUS_LABELS,
      },
    ],
    columns: [
      { field: "people", label: "People" },
      { field: "kind", label: "Kind", options: CASE_KIND_LABELS },
      { field: "lastStatus", label: "Last known", options: CASE_STATUS_LABELS },
      { field: "entryCount", label: "Entries" },
    ],
    form: {
      schema: caseForm,
      empty: {
        title: "",
        slug: "",
        kind: "detention",
        summary: "",
        actorIds: [],
        unnamedCount: 0,
        charges: "",
        articles: [],
        authority: "",
        detentionPlace: "",
        entries: [],
        findings: [],
        eventIds: [],
        topicIds: [],
      },
      sections: [
        {
          title: "Case",
          fields: [
            ...titleAndSlug("title"),
            { name: "kind", type: "select", options: CASE_KIND_LABELS },
            {
              name: "summary",
              type: "textarea",
              rows: 3,
              hint: "Plain text: what happened, in a sentence or two.",
            },
          ],
        },
        {
          title: "People concerned",
          description:
            "The people the case is about. A protected person appears on the public site only under their pseudonym.",
          fields: [
            { name: "actorIds", type: "links", to: "ACTOR" },
            {
              name: "unnamedCount",
              type: "number",
              min: 0,
              hint: 'People the sources do not name ("four other members of the group"): a count, never invented names.',
            },
          ],
        },
        {
          title: "Charges and authority",
          fields: [
            { name: "charges", type: "textarea", rows: 2, hint: "As the source words them." },
            {
              name: "articles",
              type: "lines",
              hint: "One per line, only where the source gives them: “Criminal Code, art. 174”.",
            },
            { name: "authority", type: "text", optional: true },
            { name: "detentionPlace", type: "text", optional: true },
          ],
        },
        {
          title: "Timeline",
          description:
            "Each entry is a status on a date, with the sources that state it. The latest entry is the case's last known status, always shown with its date and source.",
          fields: [
            {
              name: "entries",
              type: "entries",
              item: "Entry",
              empty: {
                date: "",
                datePrecision: "day",
                status: "arrested",
                term: "",
                note: "",
                citations: [],
              },
              labels: {
                date: "Date",
                datePrecision: "Precision",
                status: "Status",
                term: "Term",
                note: "Note",
                citations: "Sources",
              },
              fields: [
                { name: "date", type: "date", precision: "datePrecision" },
                { name: "datePrecision", type: "select", options: PRECISION_LABELS },
                { name: "status", type: "select", options: CASE_STATUS_LABELS },
                {
                  name: "term",
                  type: "text",
                  optional: true,
                  hint: "For a sentence only: “7 years”, “2 years 6 months”, “life”.",
                },
                { name: "note", type: "textarea", rows: 2 },
                { name: "citations", type: "citations" },
              ],
            },
          ],
        },
        {
          title: "International findings",
          fields: [
            {
              name: "findings",
              type: "entries",
              item: "Finding",
              empty: { body: "", finding: "", date: "", datePrecision: "day", citations: [] },
              labels: {
                body: "Body",
                finding: "Finding",
                date: "Date",
                datePrecision: "Precision",
                citations: "Sources",
              },
              fields: [
                { name: "body", type: "text" },
                { name: "finding", type: "textarea", rows: 2, required: true },
                { name: "date", type: "date", precision: "datePrecision", optional: true },
                { name: "datePrecision", type: "select", options: PRECISION_LABELS },
                { name: "citations", type: "citations" },
              ],
            },
          ],
        },
        {
          title: "Linked records",
          fields: [
            { name: "eventIds", type: "links", to: "EVENT" },
            { name: "topicIds", type: "links", to: "TOPIC" },
          ],
        },
      ],
    },
  },
});
