import { describe, expect, it } from "vitest";

import { authCookieOptions, sessionCookieName } from "./session-cookie";

describe("the admin's cookies", () => {
  it("over https: HttpOnly, SameSite=Lax, Secure, and named __Host- so no other host can set them", () => {
    const options = authCookieOptions("https://admin.example.org");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual({
      name: "__Host-kz-admin.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(options.cookies?.callbackUrl).toEqual({
      name: "__Host-next-auth.callback-url",
      options: { sameSite: "lax", path: "/", secure: true },
    });
    expect(sessionCookieName("https://admin.example.org")).toBe("__Host-kz-admin.session-token");
  });

  it("are not Secure over plain http (local development), which browsers would drop", () => {
    const options = authCookieOptions("http://localhost:3001");
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken).toEqual({
      name: "kz-admin.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    // next-auth's own name; a __Host- cookie needs Secure.
    expect(options.cookies?.callbackUrl).toBeUndefined();
  });
});
