import { describe, expect, it } from "vitest";
import { z } from "zod";

import { twoFactorEnv, twoFactorPolicyOf } from "./config";

const parse = (env: Record<string, string>) => twoFactorPolicyOf(z.object(twoFactorEnv).parse(env));

describe("REQUIRE_2FA_ROLES and REQUIRE_2FA_GRACE_SIGN_INS", () => {
  it("default to admins and editors, with three sign-ins of grace", () => {
    expect(parse({})).toEqual({ roles: ["ADMIN", "EDITOR"], graceSignIns: 3 });
  });
  it("read a list in any case, `none`, and a number", () => {
    expect(parse({ REQUIRE_2FA_ROLES: " admin , viewer,ADMIN" })).toMatchObject({
      roles: ["ADMIN", "VIEWER"],
    });
    expect(parse({ REQUIRE_2FA_ROLES: "none", REQUIRE_2FA_GRACE_SIGN_INS: "0" })).toEqual({
      roles: [],
      graceSignIns: 0,
    });
  });
  it("refuse an unknown role and a negative grace", () => {
    expect(() => parse({ REQUIRE_2FA_ROLES: "ADMIN,OWNER" })).toThrow(/Unknown role\(s\): OWNER/);
    expect(() => parse({ REQUIRE_2FA_GRACE_SIGN_INS: "-1" })).toThrow();
  });
});
