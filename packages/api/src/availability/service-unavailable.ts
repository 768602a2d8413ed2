import { databaseHealth, isDatabaseUnavailable } from "@kz/db/availability";
import { TRPCError } from "@trpc/server";

import { DatabaseUnavailableError } from "../errors";

/**
 * The 503 for an error that means the database could not serve the call (it is restarting, down
 * or full), or null for any other error. Also tells this process's database health, so that page
 * requests are answered 503 at once until the database is back.
 */
export function asServiceUnavailable(error: unknown): TRPCError | null {
  if (!isDatabaseUnavailable(error)) return null;
  databaseHealth().observe(error);
  const cause = new DatabaseUnavailableError();
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: cause.message, cause });
}

/** True for the 503 above (as a server-side caller throws it) and for a raw database error. */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    (error instanceof TRPCError && error.cause instanceof DatabaseUnavailableError) ||
    isDatabaseUnavailable(error)
  );
}
