import { describe, expect, it } from "vitest";
import { z } from "zod";

import { ratingForm } from "../rating/rating.admin.schema";
import "./validation-messages";

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return result.error.issues.map((i) => i.message);
};

describe("validation messages", () => {
  it("say limits in words, with the number grouped", () => {
    expect(messageOf(z.string().max(100_000), "x".repeat(100_001))).toEqual([
      "Too long: at most 100 000 characters",
    ]);
    expect(messageOf(z.string().min(3), "ab")).toEqual(["Too short: at least 3 characters"]);
    expect(messageOf(z.string().min(1), "")).toEqual(["Required"]);
    expect(messageOf(z.array(z.string()).max(2), ["a", "b", "c"])).toEqual(["Too many: at most 2"]);
    expect(messageOf(z.array(z.string()).min(1), [])).toEqual(["Add at least one"]);
    expect(messageOf(z.number().int().min(1).max(7), 9)).toEqual(["Must be at most 7"]);
    expect(messageOf(z.number().positive(), 0)).toEqual(["Must be more than 0"]);
  });

  it("name what was expected instead of the validator's terms", () => {
    expect(messageOf(z.object({ a: z.string() }), {})).toEqual(["Required"]);
    expect(messageOf(z.number().int(), 1.5)).toEqual(["Use a whole number"]);
    expect(messageOf(z.number(), "seven")).toEqual(["Use a number"]);
    expect(messageOf(z.enum(["free", "partly_free", "not_free"]), "notfree")).toEqual([
      "Use one of: free, partly_free, not_free",
    ]);
    expect(messageOf(z.url(), "example.org")).toEqual([
      "Use a full web address, starting with https://",
    ]);
    expect(messageOf(z.strictObject({}), { extra: 1 })).toEqual(["Not a field here: extra"]);
  });

  it("leave a schema's own message alone", () => {
    expect(messageOf(z.string().min(1, "Enter a name"), "")).toEqual(["Enter a name"]);
  });

  it("apply to the forms the API and the admin share", () => {
    const form = { seriesId: "x", year: 2020, status: "notfree", citations: [] };
    expect(
      ratingForm.safeParse(form).error?.issues.find((i) => i.path[0] === "status")?.message,
    ).toBe("Use one of: free, partly_free, not_free");
  });
});
