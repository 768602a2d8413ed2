import { Prisma } from "@kz/db";

import { AppError } from "../errors";

/**
 * SQLSTATEs with which Postgres refuses a value itself, whatever the query: text holding a NUL
 * character (22021, or 22P05 inside JSON), an instant outside its timestamp range (22008, 22009),
 * a number outside its column's range (22003). Such a value can only have come from the caller.
 */
const UNSTORABLE = new Set(["22003", "22008", "22009", "22021", "22P05"]);

function sqlStateOf(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const adapterError = error.meta?.driverAdapterError as
    { cause?: { originalCode?: unknown } } | undefined;
  const code = adapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}

/**
 * A BAD_REQUEST for a database error caused by a value in the caller's input that Postgres cannot
 * store or compare; null for any other error (which stays an internal error).
 */
export function unstorableValueError(error: unknown): AppError | null {
  const code = sqlStateOf(error);
  if (code === undefined || !UNSTORABLE.has(code)) return null;
  return new AppError(
    "BAD_REQUEST",
    "The input holds a value the database cannot store: remove NUL characters (U+0000) from text, and keep dates and numbers within their usual range.",
  );
}
