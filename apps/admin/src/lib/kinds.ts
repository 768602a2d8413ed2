import { COLLECTIONS, type Collection, type CollectionEntityType } from "@kz/api/collections";

/** The kinds of record the admin edits: the registry's collections. */
export type Kind = Collection["noun"];

export interface KindInfo {
  label: string;
  plural: string;
  /** The list page; a record's edit page is `${path}/${id}`. */
  path: string;
  entityType: CollectionEntityType;
}

export const KINDS = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c.noun,
    {
      label: c.label,
      plural: c.plural,
      path: c.path,
      entityType: c.entityType,
    },
  ]),
) as Record<Kind, KindInfo>;

export const KIND_ORDER: Kind[] = COLLECTIONS.map((c) => c.noun);

export const isKind = (value: unknown): value is Kind =>
  typeof value === "string" && value in KINDS;
