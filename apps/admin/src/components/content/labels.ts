import type { FreedomStatusOutput, SourceKindOutput } from "@kz/api/schemas";

export const SOURCE_KIND_LABELS: Record<SourceKindOutput, string> = {
  report: "Report",
  statement: "Statement",
  news: "News",
  law: "Law",
  dataset: "Dataset",
  article: "Article",
  other: "Other",
};

export const FREEDOM_LABELS: Record<FreedomStatusOutput, string> = {
  free: "Free",
  partly_free: "Partly free",
  not_free: "Not free",
};
