import { describe, expect, it } from "vitest";

import { idParam, oneOf, textParam, yearParam } from "./list-params";

describe("list parameters", () => {
  it("reads values the API accepts and drops the rest, so a hand-edited URL never breaks a page", () => {
    expect(textParam({ q: ["  strike ", "x"] })).toBe("strike");
    expect(textParam({ q: "  " })).toBeUndefined();
    expect(textParam({ q: "x".repeat(300) })).toHaveLength(200);
    expect(oneOf({ status: "DRAFT" }, "status", ["DRAFT", "PUBLISHED"])).toBe("DRAFT");
    expect(oneOf({ status: "drop table" }, "status", ["DRAFT"])).toBeUndefined();
    expect(yearParam({ year: "2011" })).toBe(2011);
    expect(yearParam({ year: "11" })).toBeUndefined();
    expect(yearParam({ year: "3000" })).toBeUndefined();
    expect(idParam({ topic: "cm123_abc" }, "topic")).toBe("cm123_abc");
    expect(idParam({ topic: "a b" }, "topic")).toBeUndefined();
  });
});
