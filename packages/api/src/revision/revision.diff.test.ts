import { describe, expect, it } from "vitest";

import { events } from "../collections";
import { diffSnapshots, type NameOf } from "./revision.diff";
import { wordDiff } from "./word-diff";

const NAMES: Record<string, string> = {
  "ACTOR:a1": "Human Rights Watch",
  "ACTOR:a2": "Police",
  "SOURCE:s1": "Report on Zhanaozen",
  "SOURCE:s2": "Amnesty statement",
  "TOPIC:t1": "Freedom of assembly",
  "TOPIC:t2": "Labour rights",
};
const nameOf: NameOf = (type, id) => NAMES[`${type}:${id}`];
const eventDiff = (a: object, b: object) => diffSnapshots(a, b, events.relations, nameOf);

describe("diffSnapshots", () => {
  it("names linked records and matches list items by identity, not position", () => {
    const a = {
      title: "Old",
      topicIds: ["t1"],
      actors: [{ actorId: "a2", role: "detained" }],
      citations: [{ sourceId: "s1", locator: "p. 1", quote: null }],
    };
    const b = {
      title: "New",
      topicIds: ["t1", "t2"],
      // Adding one actor in front is one addition, not "changed actor 0, added actor 1".
      actors: [
        { actorId: "a1", role: "witness" },
        { actorId: "a2", role: "detained" },
      ],
      citations: [{ sourceId: "s1", locator: "p. 2", quote: null }],
      endDate: "2020-01-01",
    };
    expect(eventDiff(a, b)).toEqual([
      { path: "title", field: "title", kind: "changed", before: "Old", after: "New", item: false },
      {
        path: "topicIds",
        field: "topicIds",
        kind: "added",
        before: undefined,
        after: "“Labour rights”",
        item: true,
      },
      {
        path: "actors",
        field: "actors",
        kind: "added",
        before: undefined,
        after: "“Human Rights Watch” (witness)",
        item: true,
      },
      {
        path: "citations",
        field: "citations",
        kind: "changed",
        before: "“Report on Zhanaozen” — p. 1",
        after: "“Report on Zhanaozen” — p. 2",
        item: true,
      },
      {
        path: "endDate",
        field: "endDate",
        kind: "added",
        before: undefined,
        after: "2020-01-01",
        item: false,
      },
    ]);
  });

  it("reports a removed link, a deleted record, and a new order of the same items", () => {
    expect(
      eventDiff(
        { citations: [{ sourceId: "s1" }, { sourceId: "gone" }], topicIds: ["t1", "t2"] },
        { citations: [{ sourceId: "s1" }], topicIds: ["t2", "t1"] },
      ),
    ).toEqual([
      {
        path: "citations",
        field: "citations",
        kind: "removed",
        before: "a deleted source (gone)",
        after: undefined,
        item: true,
      },
      {
        path: "topicIds",
        field: "topicIds",
        kind: "changed",
        before: "“Freedom of assembly”, “Labour rights”",
        after: "“Labour rights”, “Freedom of assembly”",
        item: false,
      },
    ]);
  });

  it("tells a source cited twice apart from a second source", () => {
    const once = { citations: [{ sourceId: "s1", locator: "p. 1" }] };
    const twice = {
      citations: [
        { sourceId: "s1", locator: "p. 1" },
        { sourceId: "s1", locator: "p. 9" },
      ],
    };
    expect(eventDiff(once, twice).map((c) => [c.kind, c.after])).toEqual([
      ["added", "“Report on Zhanaozen” — p. 9"],
    ]);
  });

  it("compares lists of plain values as sets of items", () => {
    expect(
      diffSnapshots({ otherNames: ["Akmola", "Astana"] }, { otherNames: ["Astana", "Nur-Sultan"] }),
    ).toEqual([
      {
        path: "otherNames",
        field: "otherNames",
        kind: "removed",
        before: "Akmola",
        after: undefined,
        item: true,
      },
      {
        path: "otherNames",
        field: "otherNames",
        kind: "added",
        before: undefined,
        after: "Nur-Sultan",
        item: true,
      },
    ]);
  });

  it("compares long text word by word", () => {
    const before = `${"Police detained seven activists after the rally. ".repeat(3)}End.`;
    const after = before.replace("seven activists", "twelve activists");
    const [change] = diffSnapshots({ body: before }, { body: after });
    expect(change?.words?.filter((w) => w.change !== "same")).toEqual([
      { text: "seven", change: "removed" },
      { text: "twelve", change: "added" },
    ]);
  });

  it("is empty for equal snapshots", () => {
    expect(diffSnapshots({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});

describe("wordDiff", () => {
  it("keeps what both share, marks what was removed and added, and rebuilds both texts", () => {
    const a = "The court fined the journalist in Almaty.";
    const b = "The court jailed the journalist and his editor in Almaty.";
    const diff = wordDiff(a, b);
    const text = (keep: "added" | "removed") =>
      diff
        .filter((w) => w.change !== keep)
        .map((w) => w.text)
        .join("");
    expect(text("added")).toBe(a);
    expect(text("removed")).toBe(b);
    expect(diff.filter((w) => w.change !== "same").map((w) => w.text.trim())).toEqual([
      "fined",
      "jailed",
      "and his editor",
    ]);
  });

  it("shows a middle too large to compare as removed and added whole", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(" ");
    expect(wordDiff(a, b).map((w) => w.change)).toEqual(["removed", "added"]);
  });
});
