import { describe, expect, it } from "vitest";

import { foldAutosaves } from "./history-fold";

const rev = (version: number, autosave: boolean, author = "ana") => ({
  version,
  autosave,
  author: { id: author },
});

const shape = (revs: ReturnType<typeof rev>[]) =>
  foldAutosaves(revs).map((l) => [l.newest.version, l.oldest.version, l.count]);

describe("foldAutosaves", () => {
  it("folds a run of autosaves into one line standing for all of them", () => {
    expect(shape([rev(6, false), rev(5, true), rev(4, true), rev(3, true), rev(2, false)])).toEqual(
      [
        [6, 6, 1],
        [5, 3, 3],
        [2, 2, 1],
      ],
    );
  });

  it("keeps saves made on purpose apart, even between autosaves", () => {
    expect(shape([rev(4, true), rev(3, false), rev(2, true), rev(1, false)])).toEqual([
      [4, 4, 1],
      [3, 3, 1],
      [2, 2, 1],
      [1, 1, 1],
    ]);
  });

  it("does not fold one person's autosaves into another's", () => {
    expect(shape([rev(3, true, "ana"), rev(2, true, "ben"), rev(1, true, "ben")])).toEqual([
      [3, 3, 1],
      [2, 1, 2],
    ]);
  });

  it("does not fold across a gap in versions (a page boundary or a missing revision)", () => {
    expect(shape([rev(9, true), rev(7, true)])).toEqual([
      [9, 9, 1],
      [7, 7, 1],
    ]);
  });

  it("leaves an empty history empty", () => {
    expect(foldAutosaves([])).toEqual([]);
  });
});
