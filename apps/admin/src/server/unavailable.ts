import "server-only";

import { pageRetryUrl } from "@kz/api/availability";
import { redirect } from "next/navigation";

/**
 * A page whose read failed because the database is unavailable is sent back through the proxy,
 * which answers it with a 503 page (see @kz/api/availability): Next.js would answer the failed
 * render with a 500. Returns for any other error, which the caller rethrows.
 */
export function sendBackIfUnavailable(error: unknown, requestHeaders: Headers): void {
  const retry = pageRetryUrl(error, requestHeaders);
  if (retry) redirect(retry);
}
