// The `sensitive` procedure flag's check (trpc.ts), kept apart from the re-authentication service
// so the procedure tiers load nothing of the services.
import type { CurrentUser } from "../current-user";
import { AppError } from "../errors";
import { REAUTH_REQUIRED_MESSAGE } from "./auth.schema";

/** REAUTH_MAX_AGE_SECONDS's default: ten minutes. */
export const DEFAULT_REAUTH_MAX_AGE_SECONDS = 600;

/**
 * Refuses a sensitive action when the session's last proof of its password or a second factor
 * (the sign-in, or a re-authentication) is too old. A caller without a session (an API token:
 * every sensitive procedure but purging is session-only) is not asked.
 */
export function assertRecentlyAuthenticated(
  user: CurrentUser,
  maxAgeSeconds: number = DEFAULT_REAUTH_MAX_AGE_SECONDS,
  now: Date = new Date(),
): void {
  if (!user.sessionId || !user.reauthenticatedAt) return;
  if (now.getTime() - user.reauthenticatedAt.getTime() <= maxAgeSeconds * 1000) return;
  throw new AppError("FORBIDDEN", REAUTH_REQUIRED_MESSAGE, { reauthRequired: true });
}
