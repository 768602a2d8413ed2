import "server-only";

import { hasRole, type CurrentUser } from "@kz/api";
import type { Role } from "@kz/db";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { getUser, getSignedInAt } from "./auth";
import { readOrSendBack } from "./unavailable";

// One database check per request, shared by the layout and the page that both ask.
const currentUser = cache(getUser);

/**
 * For admin pages: the signed-in user, or a redirect to the login page when the session is gone
 * (signed out, ended from another browser or by an admin, expired, deactivated, or the password
 * changed since it began). A user the two-factor policy holds is sent to set up a second factor.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await requireUserDuringEnrolment();
  if (user.heldAtEnrolment) redirect("/two-factor");
  return user;
}

/** For the two-factor page only: the signed-in user, held at enrolment or not. */
export async function requireUserDuringEnrolment(): Promise<CurrentUser> {
  const user = await readOrSendBack(currentUser);
  if (!user) redirect("/login?notice=session-ended");
  return user;
}

/**
 * For pages a role below `minimum` may not see: a 403 page (the nearest forbidden.tsx). The API
 * refuses the same calls anyway; this spares the user a page of errors.
 */
export async function requireRole(minimum: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasRole(user, minimum)) forbidden();
  return user;
}

/** When the current session signed in; for a page that has already passed requireUser. */
export async function requireSignedInAt(): Promise<Date> {
  const signedInAt = await getSignedInAt();
  if (!signedInAt) redirect("/login?notice=session-ended");
  return signedInAt;
}
