import "server-only";

import { createCaller, createContext, type Actor } from "@kz/api";

import { env } from "../env";
import { db } from "./db";

/** The API called in-process by admin server components, as the signed-in actor. */
export function api(actor: Actor) {
  return createCaller(createContext({ db, actor, siteUrl: env.PUBLIC_SITE_URL, ip: null }));
}
