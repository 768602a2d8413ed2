import { describe, expect, it } from "vitest";

import { sameOriginPath } from "./redirect";

const ADMIN = "https://admin.example.org";

describe("sameOriginPath", () => {
  it.each([
    ["a protocol-relative URL", "//evil.example/phish"],
    ["a backslash the URL parser reads as a slash", "/\\evil.example/phish"],
    ["a tab the URL parser drops", "/\t/evil.example/phish"],
    ["another site's absolute URL", "https://evil.example/phish"],
    ["the right host over the wrong scheme", "http://admin.example.org/events"],
    ["a sibling subdomain", "https://www.example.org/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a URL that does not parse", "http://[::1"],
    ["nothing", ""],
    ["null", null],
  ])("sends %s home", (_label, next) => {
    expect(sameOriginPath(next, ADMIN)).toBe("/");
  });

  it.each([
    ["/events?status=DRAFT#list", "/events?status=DRAFT#list"],
    ["/", "/"],
    [`${ADMIN}/audit`, "/audit"],
    ["%", "/%"],
  ])("keeps the admin's own %s", (next, expected) => {
    expect(sameOriginPath(next, ADMIN)).toBe(expected);
  });

  it("does not throw on an origin it cannot parse", () => {
    expect(sameOriginPath("/events", "not a url")).toBe("/");
  });
});
