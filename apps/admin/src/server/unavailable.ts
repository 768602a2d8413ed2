import "server-only";

import { pageRetryUrl } from "@kz/api/availability";
import { headers } from "next/headers";
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

/**
 * For a server component's own database read (one not made through the API caller, which does
 * this itself): its result, or the page sent back when the database is unavailable.
 */
export async function readOrSendBack<T>(read: () => Promise<T>): Promise<T> {
  const requestHeaders = await headers();
  try {
    return await read();
  } catch (error) {
    sendBackIfUnavailable(error, requestHeaders);
    throw error;
  }
}
