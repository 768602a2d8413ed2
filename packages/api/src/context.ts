import type { Db } from "@kz/db";

import type { CurrentUser } from "./current-user";
import type { RelyingParty, TwoFactorPolicy } from "./auth/config";
import type { ApiLimits } from "./ratelimit/config";

export interface Context {
  db: Db;
  user: CurrentUser | null;
  /** Absolute base URL of the public site, used to build links in API output. */
  siteUrl: string;
  ip: string | null;
  /** Set when the caller authenticated with an API token: its name (for the audit log) and scopes. */
  tokenName?: string;
  scopes?: string[];
  /** Signs preview links (HMAC-SHA256); without it preview tokens can be neither made nor read. */
  previewSecret?: string;
  /**
   * Expires the public site's cache tags. Called after a mutation that changed what the public sees
   * has committed; a failure is logged and never fails the mutation.
   */
  revalidate?: (tags: string[]) => Promise<void>;
  /**
   * The sign-in limits, which a password check outside the sign-in page (me.changePassword) is
   * counted against too; unset (scripts, tests of other things): not counted.
   */
  signInLimits?: ApiLimits;
  /** Who must sign in with a second factor (REQUIRE_2FA_ROLES); unset: no one. */
  twoFactorPolicy?: TwoFactorPolicy;
  /** REAUTH_MAX_AGE_SECONDS: how old a session's last proof may be for a sensitive action. */
  reauthMaxAgeSeconds?: number;
  /** The admin as WebAuthn relying party (from ADMIN_URL); unset: passkeys are unavailable. */
  relyingParty?: RelyingParty;
}

export function createContext(input: Context): Context {
  return input;
}
