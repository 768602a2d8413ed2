import "server-only";

import { createCaller, createContext } from "@kz/api";

import { env } from "../env";
import { db } from "./db";

/** The public API, called in-process by server components: readers are always anonymous. */
export function api() {
  return createCaller(createContext({ db, user: null, siteUrl: env.PUBLIC_SITE_URL, ip: null }));
}
