import { describe, expect, it } from "vitest";

import { firstFreeSlug, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Zhanaozen: oil workers' strike (2011)", "zhanaozen-oil-workers-strike-2011"],
    ["  Café   Société ", "cafe-societe"],
    ["Жаңаөзен", "zhanaozen"],
    ["Закон о религии", "zakon-o-religii"],
    ["!!!", "untitled"],
  ])("turns %j into %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("caps the length without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(99)} b`);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).not.toMatch(/-$/);
  });
});

describe("firstFreeSlug", () => {
  it("adds -2, -3 … until the slug is free", () => {
    expect(firstFreeSlug("a", new Set())).toBe("a");
    expect(firstFreeSlug("a", new Set(["a"]))).toBe("a-2");
    expect(firstFreeSlug("a", new Set(["a", "a-2", "a-3"]))).toBe("a-4");
  });
});
