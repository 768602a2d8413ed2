import { clientIp as clientIpOf } from "@kz/api";

import { env } from "../env";

/**
 * The client's address for the audit log, or null when it cannot be known. Next sets
 * X-Forwarded-For to the socket's address only when the request has none, so a client could forge
 * it: it is read only behind a trusted proxy (TRUST_PROXY=1), and then its last entry, the one the
 * proxy wrote (see clientIp in @kz/api).
 */
export function clientIp(forwardedFor: string | null | undefined): string | null {
  return clientIpOf(forwardedFor, env.TRUST_PROXY === "1");
}
