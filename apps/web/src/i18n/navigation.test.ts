import { describe, expect, it } from "vitest";

import { getPathname, pathPrefix } from "./navigation";

describe("getPathname", () => {
  it("leaves English unprefixed and puts other languages under their code", () => {
    expect(getPathname({ locale: "en", href: "/events" })).toBe("/events");
    expect(getPathname({ locale: "en", href: "/" })).toBe("/");
    expect(getPathname({ locale: "ru", href: "/events?year=2011" })).toBe("/ru/events?year=2011");
    expect(getPathname({ locale: "kk", href: "/" })).toBe("/kk");
  });

  it("gives each language's path prefix", () => {
    expect(pathPrefix("en")).toBe("");
    expect(pathPrefix("ru")).toBe("/ru");
  });
});
