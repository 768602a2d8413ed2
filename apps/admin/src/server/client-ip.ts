import { env } from "../env";

/**
 * The client's address for the audit log. Next sets X-Forwarded-For to the socket's address only when
 * the request has none, so a client could forge it: it is read only behind a trusted proxy
 * (TRUST_PROXY=1) that sets it.
 */
export function clientIp(forwardedFor: string | null | undefined): string | null {
  if (env.TRUST_PROXY !== "1") return null;
  return forwardedFor?.split(",")[0]?.trim() || null;
}
