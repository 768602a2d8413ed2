import "server-only";

import { createCaller, type Actor } from "@kz/api";
import { headers } from "next/headers";

import { clientIp } from "./client-ip";
import { sessionContext } from "./context";

/** The API called in-process by admin server components, as the signed-in actor. */
export async function api(actor: Actor) {
  return createCaller(sessionContext(actor, clientIp((await headers()).get("x-forwarded-for"))));
}
