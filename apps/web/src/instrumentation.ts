import { configureSharedCache } from "@kz/next-cache/config";

import { env } from "./env";

/**
 * Runs once when the server starts, before it serves a request. With SHARED_CACHE=postgres,
 * next.config.ts has told Next to load the shared cache handler, which cannot import this app's
 * modules: it gets the validated database URL from here.
 */
export function register() {
  if (env.SHARED_CACHE === "postgres") configureSharedCache({ databaseUrl: env.DATABASE_URL });
}
