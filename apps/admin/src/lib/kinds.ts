import { COLLECTIONS, type Collection, type CollectionEntityType } from "@kz/api/collections";

/** The kinds of record the admin edits: the registry's collections. */
export type Kind = Collection["noun"];
/** Kinds with drafts, review and publishing; actors and places are public as soon as they are saved. */
export type WorkflowKind = Extract<Collection, { lifecycle: "workflow" }>["noun"];

export interface KindInfo {
  label: string;
  plural: string;
  /** The list page; a record's edit page is `${path}/${id}`. */
  path: string;
  entityType: CollectionEntityType;
  workflow: boolean;
}

export const KINDS = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c.noun,
    {
      label: c.label,
      plural: c.plural,
      path: c.path,
      entityType: c.entityType,
      workflow: c.lifecycle === "workflow",
    },
  ]),
) as Record<Kind, KindInfo>;

export const KIND_ORDER: Kind[] = COLLECTIONS.map((c) => c.noun);

export const isKind = (value: unknown): value is Kind =>
  typeof value === "string" && value in KINDS;
