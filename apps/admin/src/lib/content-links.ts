// Where a record is edited, and what its type is called: collections from the registry (their
// pages live at `<path>/<id>`), and the few other things the audit log names.
import { COLLECTIONS } from "@kz/api/collections";

const PATHS: Record<string, string> = Object.fromEntries(
  COLLECTIONS.map((c) => [c.entityType, c.path]),
);

const LABELS: Record<string, string> = {
  ...Object.fromEntries(COLLECTIONS.map((c) => [c.entityType, c.label])),
  RATING_SERIES: "Rating series",
  USER: "User",
  API_TOKEN: "API token",
};

/** The edit page of a content record, or null for things without one (users, tokens, series). */
export function contentHref(entityType: string | null, id: string | null): string | null {
  const path = entityType ? PATHS[entityType] : undefined;
  if (!path || !id) return null;
  return `${path}/${encodeURIComponent(id)}`;
}

export function entityLabel(entityType: string): string {
  return LABELS[entityType] ?? entityType;
}
