import type { Role } from "@kz/db";

import { roleAtLeast } from "./security/roles";

/** Who is calling: a signed-in user (or a token acting for one), or nobody. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function hasRole(actor: CurrentUser | null, minimum: Role): actor is CurrentUser {
  return actor !== null && roleAtLeast(actor.role, minimum);
}
