import "server-only";

import { hasRole, type Actor } from "@kz/api";
import type { Role } from "@kz/db";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { getActor, getSignedInAt } from "./auth";
import { readOrSendBack } from "./unavailable";

// One database check per request, shared by the layout and the page that both ask.
const currentActor = cache(getActor);

/**
 * For admin pages: the current actor, or a redirect to the login page when the session is gone
 * (signed out, expired, deactivated, or the password changed since it began).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await readOrSendBack(currentActor);
  if (!actor) redirect("/login?notice=session-ended");
  return actor;
}

/**
 * For pages a role below `minimum` may not see: a 403 page (the nearest forbidden.tsx). The API
 * refuses the same calls anyway; this spares the user a page of errors.
 */
export async function requireRole(minimum: Role): Promise<Actor> {
  const actor = await requireActor();
  if (!hasRole(actor, minimum)) forbidden();
  return actor;
}

/** When the current session signed in; for a page that has already passed requireActor. */
export async function requireSignedInAt(): Promise<Date> {
  const signedInAt = await getSignedInAt();
  if (!signedInAt) redirect("/login?notice=session-ended");
  return signedInAt;
}
