import { describe, expect, it } from "vitest";

import { parseUserFilters, userListQuery } from "./user-filters";

describe("user filters", () => {
  it("keeps known values and ignores the rest", () => {
    expect(parseUserFilters({ q: " ann ", role: "EDITOR", status: "inactive" })).toEqual({
      q: "ann",
      role: "EDITOR",
      status: "inactive",
    });
    expect(parseUserFilters({ q: "", role: "OWNER", status: "maybe" })).toEqual({});
  });

  it("maps the status to user.list's active flag", () => {
    expect(userListQuery({ status: "active" }).active).toBe(true);
    expect(userListQuery({ status: "inactive" }).active).toBe(false);
    expect(userListQuery({}).active).toBeUndefined();
  });
});
