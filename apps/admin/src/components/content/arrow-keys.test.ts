import { describe, expect, it } from "vitest";

import { arrowTarget } from "./arrow-keys";

describe("arrowTarget", () => {
  it("goes from the search box to the first result and on, stopping at the last", () => {
    expect(arrowTarget("ArrowDown", -1, 3)).toBe(0);
    expect(arrowTarget("ArrowDown", 0, 3)).toBe(1);
    expect(arrowTarget("ArrowDown", 2, 3)).toBe(2);
  });

  it("goes back up, and from the first result to the search box", () => {
    expect(arrowTarget("ArrowUp", 2, 3)).toBe(1);
    expect(arrowTarget("ArrowUp", 0, 3)).toBe(-1);
    expect(arrowTarget("Escape", 1, 3)).toBe(-1);
  });

  it("jumps to the ends within the results only", () => {
    expect(arrowTarget("Home", 2, 3)).toBe(0);
    expect(arrowTarget("End", 0, 3)).toBe(2);
    // In the search box Home and End move the caret, as they should.
    expect(arrowTarget("Home", -1, 3)).toBeNull();
    expect(arrowTarget("End", -1, 3)).toBeNull();
    expect(arrowTarget("Escape", -1, 3)).toBeNull();
  });

  it("leaves other keys, and an empty list, to the browser", () => {
    expect(arrowTarget("a", 0, 3)).toBeNull();
    expect(arrowTarget("ArrowDown", -1, 0)).toBeNull();
  });
});
