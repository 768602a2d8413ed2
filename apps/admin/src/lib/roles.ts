export type Role = "VIEWER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";

const RANK: Record<Role, number> = { VIEWER: 1, CONTRIBUTOR: 2, EDITOR: 3, ADMIN: 4 };

export const atLeast = (role: Role, minimum: Role) => RANK[role] >= RANK[minimum];

/** What a role may do to records of any collection: mirrors the API's role table, to hide what it would refuse. */
export interface Abilities {
  /** Create and save drafts (and a published record's pending changes). */
  edit: boolean;
  /** Submit for review, discard pending changes, preview. */
  submit: boolean;
  /** Publish, unpublish, archive, schedule, request changes, bulk actions, restore a revision. */
  publish: boolean;
  /** Move to the trash and back. */
  trash: boolean;
  /** Delete for good from the trash. */
  purge: boolean;
}

export function abilities(role: Role): Abilities {
  const contributor = atLeast(role, "CONTRIBUTOR");
  const editor = atLeast(role, "EDITOR");
  return {
    edit: contributor,
    submit: contributor,
    publish: editor,
    trash: editor,
    purge: atLeast(role, "ADMIN"),
  };
}
