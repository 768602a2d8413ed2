// Settings the apps' env modules read without loading the database client.
import { z } from "zod";

/** No request of the apps or the worker runs a statement nearly this long (see createDb). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/** The database's environment variables: spread into an app's `createEnv({ server: { … } })`. */
export const databaseEnv = {
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  // How long one statement may take before the request gives up with a 503 (see createDb).
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0, "DATABASE_STATEMENT_TIMEOUT_MS must be 0 (none) or more")
    .default(DEFAULT_STATEMENT_TIMEOUT_MS),
};
