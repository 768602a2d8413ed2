// The choices of a field linking to records of another collection (`links` in a collection's form):
// which collection, in what order its records are listed, and how each reads. Pure: the server
// reads the lists (server/options.ts), the form shows the result.
import { COLLECTIONS, type Collection, type FieldInput } from "@kz/api/collections";
import type { WorkflowStatus } from "@kz/api/schemas";
import type { EntityType } from "@kz/db";

/** One choice of a picker. */
export interface Option {
  id: string;
  name: string;
  /** A word about it, e.g. "Draft". */
  note?: string;
}

/** The choices of each collection a form links to, by entity type. */
export type LinkOptions = Partial<Record<EntityType, Option[]>>;

/** How a list item is read: the workflow columns and the collection's own fields. */
export interface LinkedItem {
  id: string;
  status: WorkflowStatus;
  [field: string]: unknown;
}

/** The collection of an entity type; throws for a type no collection registers. */
export function collectionOf(to: EntityType): Collection {
  const collection = COLLECTIONS.find((c) => c.entityType === to);
  if (!collection) throw new Error(`No collection is registered for ${to}`);
  return collection;
}

/**
 * The order a picker lists a collection in: its own default where that is not by update time
 * (topics by position), otherwise by title.
 */
export function optionSort(collection: Collection): { sort: string; order: "asc" | "desc" } {
  const first = "admin" in collection ? collection.admin.sorts[0] : undefined;
  return first && first.value !== "updatedAt"
    ? { sort: first.value, order: first.order }
    : { sort: "title", order: "asc" };
}

/**
 * A list item as a choice: named by the collection's title field (an event by its title), with
 * "Protected" for a protected person and the status of one not published.
 */
export function optionOf(
  collection: Collection,
  item: LinkedItem,
  /** How a status reads (STATUS_LABELS, which this file does not import: it holds components). */
  statusLabels: Readonly<Record<WorkflowStatus, string>>,
): Option {
  const titleField = "admin" in collection ? collection.admin.titleField : "title";
  const name = item[titleField] ?? item.title ?? item.name;
  const note = [
    item.isProtected === true ? "Protected" : null,
    item.status === "PUBLISHED" ? null : statusLabels[item.status],
  ]
    .filter(Boolean)
    .join(" · ");
  return {
    id: item.id,
    name: typeof name === "string" && name ? name : item.id,
    note: note || undefined,
  };
}

/** The `links` fields of a form, those inside `entries` included. */
export function linkFieldsOf(
  fields: readonly FieldInput[],
): Extract<FieldInput, { type: "links" }>[] {
  return fields.flatMap((f) =>
    f.type === "links" ? [f] : f.type === "entries" ? linkFieldsOf(f.fields) : [],
  );
}

/** The ids a record's values link to in collection `to`, in every `links` field (entries too). */
export function linkedIds(
  fields: readonly FieldInput[],
  values: Readonly<Record<string, unknown>>,
  to: EntityType,
): string[] {
  const ids = fields.flatMap((f) => {
    const value = values[f.name];
    if (f.type === "links" && f.to === to && Array.isArray(value)) return value.map(String);
    if (f.type === "entries" && Array.isArray(value))
      return value.flatMap((item) =>
        item && typeof item === "object"
          ? linkedIds(f.fields, item as Record<string, unknown>, to)
          : [],
      );
    return [];
  });
  return [...new Set(ids)];
}

/**
 * The names a record opened for editing gives the records it links to: every list of `{ id, name }`
 * it carries besides its form (a case's `actors`, `events`, `topics`).
 */
export function refNamesOf(record: object | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const [key, value] of Object.entries(record ?? {})) {
    if (key === "form" || key === "live" || !Array.isArray(value)) continue;
    for (const ref of value as unknown[]) {
      if (!ref || typeof ref !== "object") continue;
      const { id, name } = ref as { id?: unknown; name?: unknown };
      if (typeof id === "string" && typeof name === "string") names.set(id, name);
    }
  }
  return names;
}

/**
 * The choices with the linked records that are not among them (in the trash): still shown, by the
 * name the record gives them, so that an editor sees them and can remove them.
 */
export function withLinked(
  options: readonly Option[],
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
): Option[] {
  const known = new Set(options.map((o) => o.id));
  const missing = ids
    .filter((id) => !known.has(id))
    .map((id) => ({ id, name: names.get(id) ?? id, note: "In trash" }));
  return [...options, ...missing];
}
