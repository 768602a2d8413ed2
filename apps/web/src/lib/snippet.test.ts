import { describe, expect, it } from "vitest";

import { plainSegments } from "./snippet";

describe("plainSegments", () => {
  it("drops markdown markers around the matches and keeps the matches as they are", () => {
    expect(
      plainSegments([
        { text: 'is good." ### 2006 ', match: false },
        { text: "Hare", match: true },
        { text: " ", match: false },
        { text: "Krishna", match: true },
        { text: " **evictions** and `code`", match: false },
      ]),
    ).toEqual([
      { text: 'is good." 2006 ', match: false },
      { text: "Hare", match: true },
      { text: " ", match: false },
      { text: "Krishna", match: true },
      { text: " evictions and code", match: false },
    ]);
  });

  it("keeps a hash that is part of a word, and drops segments left empty", () => {
    expect(plainSegments([{ text: "C# and #1", match: false }])).toEqual([
      { text: "C# and #1", match: false },
    ]);
    expect(plainSegments([{ text: "**", match: false }])).toEqual([]);
  });
});
