import type { Role } from "@kz/db";

/** Who is calling: a signed-in user (or a token acting for one), or nobody. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { VIEWER: 1, CONTRIBUTOR: 2, EDITOR: 3, ADMIN: 4 };

export function hasRole(actor: CurrentUser | null, minimum: Role): actor is CurrentUser {
  return actor !== null && RANK[actor.role] >= RANK[minimum];
}
