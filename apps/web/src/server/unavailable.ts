import "server-only";

import { pageRetryUrl } from "@kz/api/availability";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

/**
 * Rethrows a read's error, except that a page whose read failed because the database is
 * unavailable is sent back through the proxy, which answers it with a 503 page (see
 * @kz/api/availability): Next.js would answer the failed render with a 500.
 */
export async function rethrowReadError(error: unknown): Promise<never> {
  const retry = pageRetryUrl(error, await headers());
  if (retry) redirect(retry);
  throw error;
}
