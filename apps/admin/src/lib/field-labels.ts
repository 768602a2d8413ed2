import type { Kind } from "./kinds";

/**
 * Each kind's form fields as editors know them, in form order: the conflict panel lists these, and
 * the history names the fields of a revision with them.
 */
export const FIELD_LABELS: Record<Kind, Record<string, string>> = {
  event: {
    title: "Title",
    slug: "Slug",
    summary: "Summary",
    body: "Body",
    startDate: "Start date",
    endDate: "End date",
    datePrecision: "Precision",
    topicIds: "Topics",
    placeIds: "Places",
    actors: "Actors",
    citations: "Citations",
  },
  source: {
    title: "Title",
    slug: "Slug",
    publisher: "Publisher",
    kind: "Kind",
    url: "Link",
    publishedDate: "Date published",
    accessedDate: "Date accessed",
    notes: "Notes",
  },
  topic: {
    name: "Name",
    slug: "Slug",
    overview: "Overview",
    position: "Position",
    citations: "Citations",
  },
  rating: {
    seriesId: "Series",
    year: "Year",
    politicalRights: "Political rights",
    civilLiberties: "Civil liberties",
    status: "Freedom status",
    rank: "Rank",
    score: "Score",
    headOfState: "Head of state",
    note: "Note",
    citations: "Citations",
  },
  actor: {
    name: "Name",
    slug: "Slug",
    kind: "Kind",
    otherNames: "Other names",
    description: "Description",
  },
  place: {
    name: "Name",
    slug: "Slug",
    otherNames: "Other names",
    region: "Region",
    latitude: "Latitude",
    longitude: "Longitude",
  },
};

/** The workflow state a revision's snapshot also records. */
export const SNAPSHOT_LABELS: Record<string, string> = {
  workflowStatus: "Status",
  publishAt: "Scheduled for",
  inTrash: "In trash",
};
