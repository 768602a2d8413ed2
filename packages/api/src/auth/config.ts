// The two-factor policy as environment variables: zod only, so the admin's env.ts can validate them
// (`@kz/api/auth-config`) without loading server code.
import { z } from "zod";

const ROLES = ["ADMIN", "EDITOR", "CONTRIBUTOR", "VIEWER"] as const;
type PolicyRole = (typeof ROLES)[number];

/** Spread into an app's `createEnv({ server: { … } })`. */
export const twoFactorEnv = {
  // Roles that must sign in with a second factor, comma-separated; `none`: no role (an
  // administrator may still require it of one user). An empty value means the default.
  REQUIRE_2FA_ROLES: z
    .string()
    .default("ADMIN,EDITOR")
    .transform((value, ctx): PolicyRole[] => {
      if (value.trim().toLowerCase() === "none") return [];
      const roles = value
        .split(",")
        .map((r) => r.trim().toUpperCase())
        .filter(Boolean);
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length) {
        ctx.addIssue({ code: "custom", message: `Unknown role(s): ${unknown.join(", ")}` });
        return z.NEVER;
      }
      return [...new Set(roles)] as PolicyRole[];
    }),
  // Sign-ins a user who must enrol may still make without a second factor (with a banner) before
  // they are held at the enrolment page.
  REQUIRE_2FA_GRACE_SIGN_INS: z.coerce.number().int().min(0).max(100).default(3),
  // Sensitive actions (tokens, roles, resets, purging, one's own second factors) ask for the
  // password or a second factor again when the session's last proof is older than this.
  REAUTH_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
};

export interface TwoFactorPolicy {
  roles: readonly PolicyRole[];
  graceSignIns: number;
}

/** The validated env as the policy. */
export const twoFactorPolicyOf = (env: {
  REQUIRE_2FA_ROLES: PolicyRole[];
  REQUIRE_2FA_GRACE_SIGN_INS: number;
}): TwoFactorPolicy => ({
  roles: env.REQUIRE_2FA_ROLES,
  graceSignIns: env.REQUIRE_2FA_GRACE_SIGN_INS,
});

/**
 * The WebAuthn relying party: the admin's own origin and host name. A passkey made for one RP ID
 * answers no other, and an assertion made on another origin is refused.
 */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

export const relyingPartyOf = (adminUrl: string): RelyingParty => {
  const url = new URL(adminUrl);
  return { id: url.hostname, origin: url.origin, name: "Kazakhstan Human Rights Monitor" };
};

/** No one is required to enrol (scripts, and tests of other things). */
export const NO_TWO_FACTOR_POLICY: TwoFactorPolicy = { roles: [], graceSignIns: 0 };
