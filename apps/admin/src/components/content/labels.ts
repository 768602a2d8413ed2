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

export const ACTOR_KIND_LABELS = {
  person: "Person",
  organization: "Organisation",
  government_body: "Government body",
} as const;

export const FREEDOM_LABELS: Record<FreedomStatusOutput, string> = {
  free: "Free",
  partly_free: "Partly free",
  not_free: "Not free",
};
