import type { Role } from "@kz/db";

/** Who is calling: a signed-in user (or a token acting for one), or nobody. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { VIEWER: 1, CONTRIBUTOR: 2, EDITOR: 3, ADMIN: 4 };

export function hasRole(actor: Actor | null, minimum: Role): actor is Actor {
  return actor !== null && RANK[actor.role] >= RANK[minimum];
}
