import {
  FREEDOM_STATUS_LABELS,
  type FreedomStatusOutput,
  type SourceKindOutput,
} from "@kz/api/schemas";

export const SOURCE_KIND_LABELS: Record<SourceKindOutput, string> = {
  report: "Report",
  statement: "Statement",
  news: "News",
  law: "Law",
  dataset: "Dataset",
  article: "Article",
  other: "Other",
};

/** The API's labels, as Freedom House prints them: one label per status in the admin, the import and the site. */
export const FREEDOM_LABELS: Record<FreedomStatusOutput, string> = FREEDOM_STATUS_LABELS;
