import { describe, expect, it } from "vitest";

import { policyState, type PolicySubject } from "./policy";

const editor = (over: Partial<PolicySubject> = {}): PolicySubject => ({
  role: "EDITOR",
  twoFactorRequired: false,
  totpEnabledAt: null,
  signInsWithoutSecondFactor: 1,
  ...over,
});
const policy = { roles: ["ADMIN", "EDITOR"] as const, graceSignIns: 2 };

describe("the two-factor policy", () => {
  it("lets a required user sign in N times with a countdown, then holds them", () => {
    expect(policyState(editor({ signInsWithoutSecondFactor: 1 }), policy)).toEqual({
      required: true,
      enrolled: false,
      graceSignInsLeft: 1,
      held: false,
    });
    expect(policyState(editor({ signInsWithoutSecondFactor: 2 }), policy).held).toBe(false);
    expect(policyState(editor({ signInsWithoutSecondFactor: 3 }), policy)).toMatchObject({
      graceSignInsLeft: 0,
      held: true,
    });
  });

  it("holds at once with no grace; never holds the enrolled or those not required", () => {
    expect(policyState(editor(), { ...policy, graceSignIns: 0 }).held).toBe(true);
    expect(
      policyState(editor({ totpEnabledAt: new Date() }), { ...policy, graceSignIns: 0 }).held,
    ).toBe(false);
    expect(policyState(editor({ role: "VIEWER" }), { ...policy, graceSignIns: 0 })).toEqual({
      required: false,
      enrolled: false,
      graceSignInsLeft: null,
      held: false,
    });
    // An administrator may require it of one user whatever the roles.
    expect(
      policyState(editor({ role: "VIEWER", twoFactorRequired: true }), {
        roles: [],
        graceSignIns: 0,
      }).held,
    ).toBe(true);
  });
});
