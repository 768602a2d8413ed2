import type { Role } from "@kz/db";

import type { TwoFactorPolicy } from "./config";

export interface PolicySubject {
  role: Role;
  twoFactorRequired: boolean;
  totpEnabledAt: Date | null;
  signInsWithoutSecondFactor: number;
  /** How many passkeys the user has registered (each is a second factor); unknown: none counted. */
  passkeys?: number;
}

export interface PolicyState {
  required: boolean;
  enrolled: boolean;
  /** Sign-ins left before the hold, when required and not enrolled. */
  graceSignInsLeft: number | null;
  held: boolean;
}

/**
 * Whether the policy requires a second factor of this user and, if they have none, whether they
 * are still within the grace (a number of sign-ins, the current one counted) or held at enrolment.
 */
export function policyState(user: PolicySubject, policy: TwoFactorPolicy): PolicyState {
  const required = user.twoFactorRequired || policy.roles.includes(user.role);
  const enrolled = user.totpEnabledAt !== null || (user.passkeys ?? 0) > 0;
  if (!required || enrolled) return { required, enrolled, graceSignInsLeft: null, held: false };
  const left = Math.max(0, policy.graceSignIns - user.signInsWithoutSecondFactor);
  return {
    required,
    enrolled,
    graceSignInsLeft: left,
    held: user.signInsWithoutSecondFactor > policy.graceSignIns,
  };
}
