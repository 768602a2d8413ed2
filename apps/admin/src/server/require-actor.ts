import "server-only";

import type { Actor } from "@kz/api";
import { redirect } from "next/navigation";

import { getActor } from "./auth";

/** For admin pages: the current actor, or a redirect to the login page when the session is gone. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
