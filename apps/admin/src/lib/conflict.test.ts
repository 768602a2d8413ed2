import { describe, expect, it } from "vitest";

import { conflictingFields, displayValue, sameValue } from "./conflict";

const LABELS = { title: "Title", summary: "Summary", topicIds: "Topics", endDate: "End date" };

describe("conflictingFields", () => {
  it("lists the labelled fields where my unsaved values differ from the server's", () => {
    const base = { title: "A", summary: "S", topicIds: ["t1"], endDate: null };
    const mine = { title: "A (mine)", summary: "S", topicIds: ["t1"], endDate: "" };
    const theirs = { title: "A", summary: "S (theirs)", topicIds: ["t1"], endDate: null };
    expect(conflictingFields(mine, theirs, base, LABELS)).toEqual([
      { field: "title", label: "Title", mine: "A (mine)", theirs: "A", changedByThem: false },
      { field: "summary", label: "Summary", mine: "S", theirs: "S (theirs)", changedByThem: true },
    ]);
  });

  it("treats empty text, null and undefined as the same, and ignores unlabelled fields", () => {
    expect(
      conflictingFields(
        { title: "A", endDate: "", expectedVersion: 3, changeNote: "mine" },
        { title: "A ", endDate: null, expectedVersion: 4 },
        null,
        LABELS,
      ),
    ).toEqual([]);
  });

  it("compares lists in order, and objects whatever their key order", () => {
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue({ a: 1, b: "" }, { a: 1 })).toBe(true);
    expect(
      conflictingFields({ topicIds: ["t1", "t2"] }, { topicIds: ["t2", "t1"] }, null, LABELS),
    ).toHaveLength(1);
  });

  it("says a field changed by them when there is no base to compare with", () => {
    expect(conflictingFields({ title: "x" }, { title: "y" }, null, LABELS)[0]?.changedByThem).toBe(
      true,
    );
  });
});

describe("displayValue", () => {
  it("shows nothing as a dash, text as is, the rest as JSON, shortened", () => {
    expect(displayValue("")).toBe("—");
    expect(displayValue(null)).toBe("—");
    expect(displayValue("text")).toBe("text");
    expect(displayValue(7)).toBe("7");
    expect(displayValue(["a"])).toBe('["a"]');
    expect(displayValue("x".repeat(10), 4)).toBe("xxxx…");
  });
});
