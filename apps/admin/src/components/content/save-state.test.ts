import { describe, expect, it } from "vitest";

import { saveStateText } from "./save-state";

const at = new Date("2026-12-07T10:04:05Z");

describe("saveStateText", () => {
  it("tells saved from autosaved, to the second", () => {
    expect(saveStateText({ kind: "saved", at, auto: true }, false)).toBe(
      "Autosaved at 2026-12-07 10:04:05 UTC",
    );
    expect(saveStateText({ kind: "saved", at, auto: false }, false)).toBe(
      "Saved at 2026-12-07 10:04:05 UTC",
    );
  });

  it("says edits made since the last save are not saved yet", () => {
    expect(saveStateText({ kind: "saved", at, auto: true }, true)).toBe(
      "Unsaved edits (last saved at 2026-12-07 10:04:05 UTC)",
    );
    expect(saveStateText({ kind: "idle" }, true)).toBe("Unsaved edits");
    expect(saveStateText({ kind: "idle" }, false)).toBe("All edits saved");
  });

  it("says where the edits are when the network is gone, and why autosave waits", () => {
    expect(saveStateText({ kind: "offline" }, true)).toMatch(/kept on this device/);
    expect(saveStateText({ kind: "paused", reason: "fix the fields marked." }, true)).toBe(
      "Not saved automatically: fix the fields marked.",
    );
    expect(saveStateText({ kind: "saving" }, true)).toBe("Saving…");
  });
});
