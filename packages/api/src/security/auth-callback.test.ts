import { describe, expect, it } from "vitest";

import { withoutBrokenCallbackUrls } from "./auth-callback";

const ADMIN = "https://admin.example.org";

describe("withoutBrokenCallbackUrls", () => {
  it("drops a callback-url cookie that does not parse, and keeps the others", () => {
    expect(
      withoutBrokenCallbackUrls(
        `${ADMIN}/api/auth/csrf`,
        "a=1; next-auth.callback-url=%25; kz-admin.session-token=abc",
      ),
    ).toEqual({ url: `${ADMIN}/api/auth/csrf`, cookie: "a=1; kz-admin.session-token=abc" });
    expect(
      withoutBrokenCallbackUrls(
        `${ADMIN}/api/auth/session`,
        "__Secure-next-auth.callback-url=http%3A%2F%2F%5B%3A%3A1",
      ),
    ).toEqual({ url: `${ADMIN}/api/auth/session`, cookie: null });
  });

  it("drops a callbackUrl parameter that does not parse", () => {
    const result = withoutBrokenCallbackUrls(
      `${ADMIN}/api/auth/signin?callbackUrl=${encodeURIComponent("http://[::1")}&x=1`,
      null,
    );
    expect(result).toEqual({ url: `${ADMIN}/api/auth/signin?x=1`, cookie: null });
  });

  it("leaves usable callback URLs alone (the redirect callback judges where they lead)", () => {
    expect(
      withoutBrokenCallbackUrls(
        `${ADMIN}/api/auth/signin?callbackUrl=%2Fevents`,
        `next-auth.callback-url=${encodeURIComponent(`${ADMIN}/audit`)}`,
      ),
    ).toBeNull();
    expect(withoutBrokenCallbackUrls(`${ADMIN}/api/auth/csrf`, null)).toBeNull();
    expect(withoutBrokenCallbackUrls(`${ADMIN}/api/auth/csrf`, "a=1; b=2")).toBeNull();
  });
});
