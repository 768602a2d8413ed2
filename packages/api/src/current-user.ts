import type { Role } from "@kz/db";

import { roleAtLeast } from "./security/roles";

/** Who is calling: a signed-in user (or a token acting for one), or nobody. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The server-side session a signed-in browser's request came from (none for API tokens). */
  sessionId?: string;
  /** When that session last proved its password or a second factor (sensitive actions ask again). */
  reauthenticatedAt?: Date;
  /**
   * The two-factor policy requires a second factor of this user, who has none and no grace left:
   * only procedures marked `duringEnrolment` answer (trpc.ts).
   */
  heldAtEnrolment?: boolean;
}

export function hasRole(actor: CurrentUser | null, minimum: Role): actor is CurrentUser {
  return actor !== null && roleAtLeast(actor.role, minimum);
}
