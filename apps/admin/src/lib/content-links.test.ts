import { describe, expect, it } from "vitest";

import { contentHref, entityLabel } from "./content-links";

describe("content links", () => {
  it("links content records to their edit pages", () => {
    expect(contentHref("EVENT", "cm1")).toBe("/events/cm1");
    expect(contentHref("PLACE", "a b")).toBe("/places/a%20b");
  });

  it("has no page for users, tokens or a missing id", () => {
    expect(contentHref("USER", "cm1")).toBeNull();
    expect(contentHref("API_TOKEN", "cm1")).toBeNull();
    expect(contentHref("EVENT", null)).toBeNull();
    expect(contentHref(null, "cm1")).toBeNull();
  });

  it("names record types for people", () => {
    expect(entityLabel("RATING_SERIES")).toBe("Rating series");
    expect(entityLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});
