// Roles and what each access level admits: the one table both the API's checks and the admin's
// role gating read. Client-safe: no database, no tRPC.
import type { Role } from "@kz/db";

import type { ProcedureAccess } from "./access";

const RANK: Record<Role, number> = { VIEWER: 1, CONTRIBUTOR: 2, EDITOR: 3, ADMIN: 4 };

/** Whether `role` is `minimum` or higher. */
export const roleAtLeast = (role: Role, minimum: Role) => RANK[role] >= RANK[minimum];

/** The lowest role an access level admits; public and session levels admit every signed-in role. */
const MINIMUM: Record<ProcedureAccess, Role> = {
  public: "VIEWER",
  drafts: "VIEWER",
  viewer: "VIEWER",
  session: "VIEWER",
  contributor: "CONTRIBUTOR",
  contributorDrafts: "CONTRIBUTOR",
  editor: "EDITOR",
  admin: "ADMIN",
  sessionAdmin: "ADMIN",
};

/** Whether a signed-in user with `role` may call a procedure declared with `access`. */
export const roleMayCall = (role: Role, access: ProcedureAccess) =>
  roleAtLeast(role, MINIMUM[access]);

/**
 * Who may do what to a record of any collection: each procedure collectionProcedures gives a
 * collection is built on the base procedure of this level (workflow/workflow.router.ts), and the
 * admin hides what a role would be refused from the same table.
 */
export const COLLECTION_ACCESS = {
  create: "contributor",
  update: "contributor",
  submit: "contributor",
  discardChanges: "contributor",
  requestChanges: "editor",
  publish: "editor",
  unpublish: "editor",
  archive: "editor",
  schedule: "editor",
  bulk: "editor",
  trash: "editor",
  restore: "editor",
  purge: "admin",
  /** revision.restore: any collection's earlier version, as a new one. */
  restoreRevision: "editor",
} as const satisfies Record<string, ProcedureAccess>;

/**
 * Who may translate (translation.router.ts): a contributor saves drafts, an editor publishes them
 * and marks them reviewed; the admin's translation editor shows its buttons from the same table.
 */
export const TRANSLATION_ACCESS = {
  save: "contributor",
  publish: "editor",
} as const satisfies Record<string, ProcedureAccess>;
