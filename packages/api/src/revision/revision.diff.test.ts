import { describe, expect, it } from "vitest";

import { diffSnapshots } from "./revision.diff";

describe("diffSnapshots", () => {
  it("lists changes field by field, into arrays and nested objects", () => {
    const a = { title: "Old", topicIds: ["t1"], citations: [{ sourceId: "s1", locator: "p. 1" }] };
    const b = {
      title: "New",
      topicIds: ["t1", "t2"],
      citations: [{ sourceId: "s1", locator: "p. 2" }],
      endDate: "2020-01-01",
    };
    expect(diffSnapshots(a, b)).toEqual([
      { path: "title", field: "title", kind: "changed", before: "Old", after: "New" },
      { path: "topicIds.1", field: "topicIds", kind: "added", before: undefined, after: "t2" },
      {
        path: "citations.0.locator",
        field: "citations",
        kind: "changed",
        before: "p. 1",
        after: "p. 2",
      },
      { path: "endDate", field: "endDate", kind: "added", before: undefined, after: "2020-01-01" },
    ]);
  });

  it("is empty for equal snapshots", () => {
    expect(diffSnapshots({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
