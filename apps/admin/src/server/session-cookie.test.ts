import { describe, expect, it } from "vitest";

import { authCookieOptions, SESSION_COOKIE } from "./session-cookie";

describe("the admin's cookies", () => {
  it("are HttpOnly, SameSite=Lax and Secure when the admin is served over https", () => {
    const options = authCookieOptions("https://admin.example.org");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual({
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("are not Secure over plain http (local development), which browsers would drop", () => {
    const options = authCookieOptions("http://localhost:3001");
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
    });
  });
});
