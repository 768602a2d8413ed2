import { DATABASE_RETRY_AFTER_SECONDS } from "../errors";
import { isServiceUnavailable } from "./service-unavailable";

/**
 * For route handlers (downloads, feeds), which no proxy answers for: the handler, answering a
 * plain 503 with Retry-After when it fails because the database is unavailable, where Next.js
 * would answer 500.
 */
export function answer503WhenDatabaseDown<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return (...args) =>
    handler(...args).catch((error: unknown) => {
      if (!isServiceUnavailable(error)) throw error;
      return new Response(
        `The database is temporarily unavailable (restarting or unreachable). Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.\n`,
        {
          status: 503,
          headers: {
            "Content-Type": "text/plain; charset=utf-8",
            "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
            "Cache-Control": "no-store",
          },
        },
      );
    });
}
