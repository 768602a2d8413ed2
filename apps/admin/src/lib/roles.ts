import { COLLECTION_ACCESS, roleMayCall } from "@kz/api/security";

export type Role = "VIEWER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";

/**
 * What a role may do to records of any collection, read from the API's own table
 * (COLLECTION_ACCESS), so the admin hides exactly what the API would refuse.
 */
export interface Abilities {
  /** Create and save drafts (and a published record's pending changes). */
  edit: boolean;
  /** Submit for review, discard pending changes, preview. */
  submit: boolean;
  /** Publish, unpublish, archive, schedule, request changes, bulk actions. */
  publish: boolean;
  /** Restore an earlier version from the history. */
  restoreRevision: boolean;
  /** Move to the trash and back. */
  trash: boolean;
  /** Delete for good from the trash. */
  purge: boolean;
}

export function abilities(role: Role): Abilities {
  const may = (procedure: keyof typeof COLLECTION_ACCESS) =>
    roleMayCall(role, COLLECTION_ACCESS[procedure]);
  return {
    edit: may("update"),
    submit: may("submit"),
    publish: may("publish"),
    restoreRevision: may("restoreRevision"),
    trash: may("trash"),
    purge: may("purge"),
  };
}
