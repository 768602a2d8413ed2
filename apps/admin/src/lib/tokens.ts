import type { TokenOutput } from "@kz/api/schemas";

import { dayBoundary } from "./days";

export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(
  token: Pick<TokenOutput, "revokedAt" | "expiresAt">,
  now: Date,
): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt <= now) return "expired";
  return "active";
}

/** How a token is recognised in lists: its public prefix; the secret after it is never shown again. */
export const tokenHint = (prefix: string) => `kzr_${prefix}_…`;

/** A token chosen to expire "on" a UTC day stops working at the end of that day. */
export function expiryOfDay(day: string): Date | undefined {
  return dayBoundary(day, "end") ?? undefined;
}
