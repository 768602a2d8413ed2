import { describe, expect, it } from "vitest";
import { z } from "zod";

import { countText, maxLengthOf } from "./field-limits";

describe("maxLengthOf", () => {
  const form = z.object({
    name: z.string().trim().min(1).max(200),
    region: z.string().trim().max(120).nullish(),
    body: z.string().max(100_000).default(""),
    count: z.number().max(5),
    free: z.string(),
  });

  it("reads a text field's maximum through trim, optional, nullable and default", () => {
    expect(maxLengthOf(form, "name")).toBe(200);
    expect(maxLengthOf(form, "region")).toBe(120);
    expect(maxLengthOf(form, "body")).toBe(100_000);
  });

  it("finds fields on either side of an intersection", () => {
    const both = z.intersection(form, z.object({ note: z.string().max(500).optional() }));
    expect(maxLengthOf(both, "note")).toBe(500);
    expect(maxLengthOf(both, "name")).toBe(200);
  });

  it("has none for unlimited text, numbers and unknown fields", () => {
    expect(maxLengthOf(form, "free")).toBeUndefined();
    expect(maxLengthOf(form, "count")).toBeUndefined();
    expect(maxLengthOf(form, "missing")).toBeUndefined();
  });
});

describe("countText", () => {
  it("groups thousands with a space", () => {
    expect(countText(12345, 100_000)).toBe("12 345 / 100 000 characters");
  });
});
