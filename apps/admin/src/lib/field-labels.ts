import { COLLECTIONS } from "@kz/api/collections";

import type { Kind } from "./kinds";

type Labels = Readonly<Record<string, string>>;

/** Each kind's form fields as editors know them, in form order: declared by its collection. */
export const FIELD_LABELS = Object.fromEntries(
  COLLECTIONS.map((c) => [c.noun, c.labels as Labels]),
) as Record<Kind, Labels>;

/** The workflow state a revision's snapshot also records. */
export const SNAPSHOT_LABELS: Record<string, string> = {
  workflowStatus: "Status",
  publishAt: "Scheduled for",
  inTrash: "In trash",
};
