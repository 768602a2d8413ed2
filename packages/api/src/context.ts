import type { Db } from "@kz/db";

import type { Actor } from "./actor";

export interface Context {
  db: Db;
  actor: Actor | null;
  /** Absolute base URL of the public site, used to build links in API output. */
  siteUrl: string;
  ip: string | null;
}

export function createContext(input: Context): Context {
  return input;
}
