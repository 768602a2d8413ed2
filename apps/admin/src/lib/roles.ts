import type { Kind } from "./kinds";

export type Role = "VIEWER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";

const RANK: Record<Role, number> = { VIEWER: 1, CONTRIBUTOR: 2, EDITOR: 3, ADMIN: 4 };

export const atLeast = (role: Role, minimum: Role) => RANK[role] >= RANK[minimum];

/** What a role may do to a kind of record: mirrors the API's role table, to hide what it would refuse. */
export interface Abilities {
  /** Create and save (drafts, for kinds with a workflow). */
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

export function abilities(role: Role, kind: Kind): Abilities {
  const contributor = atLeast(role, "CONTRIBUTOR");
  const editor = atLeast(role, "EDITOR");
  // Actors and places have no drafts: a save is public at once, so saving needs an editor.
  const live = kind === "actor" || kind === "place";
  return {
    edit: live ? editor : contributor,
    submit: !live && contributor,
    publish: editor,
    trash: editor,
    purge: atLeast(role, "ADMIN"),
  };
}
