// Where a record is edited. The content pages live at /<plural>/<id> (see src/lib/nav.ts for the lists).

const PATHS = {
  EVENT: "/events",
  SOURCE: "/sources",
  TOPIC: "/topics",
  RATING: "/ratings",
  ACTOR: "/actors",
  PLACE: "/places",
} as const;

const LABELS: Record<string, string> = {
  EVENT: "Event",
  SOURCE: "Source",
  TOPIC: "Topic",
  RATING: "Rating",
  RATING_SERIES: "Rating series",
  ACTOR: "Actor",
  PLACE: "Place",
  USER: "User",
  API_TOKEN: "API token",
};

/** The edit page of a content record, or null for things without one (users, tokens, series). */
export function contentHref(entityType: string | null, id: string | null): string | null {
  if (!entityType || !id || !(entityType in PATHS)) return null;
  return `${PATHS[entityType as keyof typeof PATHS]}/${encodeURIComponent(id)}`;
}

export function entityLabel(entityType: string): string {
  return LABELS[entityType] ?? entityType;
}
