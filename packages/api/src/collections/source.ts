import { defineCollection } from "./define";

export const sources = defineCollection({
  entityType: "SOURCE",
  noun: "source",
  label: "Source",
  plural: "Sources",
  path: "/sources",
  recordPages: true,
  table: "Source",
  relations: {},
  labels: {
    title: "Title",
    slug: "Slug",
    publisher: "Publisher",
    kind: "Kind",
    url: "Link",
    publishedDate: "Date published",
    accessedDate: "Date accessed",
    notes: "Notes",
    archiveUrl: "Archived copy",
    verifiedBy: "Verified by",
    verifiedOn: "Verified on",
    verificationNote: "How it was verified",
  },
  // The notes, not the publisher: the page shows the publisher beside the title already.
  search: { title: "title", snippet: ["notes"], order: [{ column: "title" }] },
  cacheTags: {
    list: "sources",
    record: "source",
    shows: { record: ["EVENT", "RATING", "TOPIC"] },
  },
  example: {
    title: "Annual report 2024",
    slug: "",
    publisher: "A partner NGO",
    kind: "report",
    url: "https://example.org/report-2024.pdf",
    publishedDate: "2024-12-10",
    accessedDate: null,
    notes: "",
  },
});
