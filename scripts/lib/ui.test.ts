import { describe, expect, it } from "vitest";

import { formatBox, formatDuration } from "./ui";

describe("formatDuration", () => {
  it("shows tenths of seconds under a minute", () => {
    expect(formatDuration(234)).toBe("0.2s");
    expect(formatDuration(12_345)).toBe("12.3s");
  });

  it("shows minutes and seconds from a minute up", () => {
    expect(formatDuration(65_000)).toBe("1m05s");
  });
});

describe("formatBox", () => {
  it("pads every line to the longest", () => {
    expect(formatBox(["ab", "abcd"]).split("\n")).toEqual([
      "┌──────┐",
      "│ ab   │",
      "│ abcd │",
      "└──────┘",
    ]);
  });

  it("ignores colour codes when measuring", () => {
    const lines = formatBox(["\x1b[1mab\x1b[0m", "abc"]).split("\n");
    expect(lines[1]).toBe("│ \x1b[1mab\x1b[0m  │");
  });
});
