// What can be translated, derived from the collection registry: each collection's `localized`
// fields and its `localizedParts` (a rating's series). Client-safe: the admin reads it too.
import type { EntityType } from "@kz/db";

import { COLLECTIONS } from "../collections";
import type { CollectionConfig, LocalizedFields } from "../collections/define";

export interface Translatable {
  entityType: EntityType;
  /** For people: "Events", "Rating series". */
  label: string;
  /** The table holding the English; each row has `id` and `slug`. */
  table: string;
  /** The column that names a record for editors. */
  titleField: string;
  /** Whether its records go through the workflow (only published ones are counted and shown). */
  workflow: boolean;
  localized: LocalizedFields;
  labels: Readonly<Record<string, string>>;
  /** The public site's cache tag of one record's page (`${recordTag}:${slug}`). */
  recordTag: string;
}

export const TRANSLATABLE: readonly Translatable[] = (
  COLLECTIONS as readonly CollectionConfig[]
).flatMap((c) => [
  ...(c.localized
    ? [
        {
          entityType: c.entityType,
          label: c.plural,
          table: c.table,
          titleField: c.admin?.titleField ?? "title",
          workflow: true,
          localized: c.localized,
          labels: c.labels,
          recordTag: c.cacheTags.record,
        },
      ]
    : []),
  ...(c.localizedParts
    ? // A part is shown on its collection's record pages (a series on the ratings page).
      c.localizedParts.map((p) => ({ ...p, workflow: false, recordTag: c.cacheTags.record }))
    : []),
]);

/** The translatable kind of this entity type, or undefined when it has no translated fields. */
export const translatableOf = (entityType: string) =>
  TRANSLATABLE.find((t) => t.entityType === entityType);

export const translatableEntityTypes = TRANSLATABLE.map((t) => t.entityType);
