import { describe, expect, it } from "vitest";

import { mayEdit, presenceText, type Presence } from "./presence-state";

const since = new Date("2026-12-07T10:04:05Z");
const holder = (over: Partial<NonNullable<Presence["holder"]>> = {}) => ({
  name: "Aigerim",
  since,
  thisTab: false,
  you: false,
  ...over,
});
const presence = (over: Partial<Presence> = {}): Presence => ({
  holder: null,
  takenOverBy: null,
  watching: [],
  ...over,
});

describe("presence on an edit page", () => {
  it("lets the tab edit before the first answer and while it holds the lock, not otherwise", () => {
    expect(mayEdit(null)).toBe(true);
    expect(mayEdit(presence({ holder: holder({ thisTab: true, you: true }) }))).toBe(true);
    expect(mayEdit(presence({ holder: holder() }))).toBe(false);
    expect(mayEdit(presence({ takenOverBy: "Aigerim" }))).toBe(false);
  });

  it("names who is editing and since when", () => {
    expect(presenceText(presence({ holder: holder() }))).toBe(
      "Being edited by Aigerim since 2026-12-07 10:04 UTC.",
    );
    expect(presenceText(presence({ holder: holder({ you: true }) }))).toBe(
      "You are editing this in another tab since 2026-12-07 10:04 UTC.",
    );
  });

  it("tells the tab that lost the lock who took it, and that its text is kept", () => {
    expect(presenceText(presence({ holder: holder(), takenOverBy: "Aigerim" }))).toBe(
      "Aigerim took over editing at 2026-12-07 10:04 UTC. Your form is read-only; your unsaved text is still here.",
    );
  });

  it("lists who else has the page open to the holder, each name once", () => {
    const watching = [
      { name: "Daniyar", since },
      { name: "Daniyar", since },
      { name: "Saule", since },
    ];
    expect(presenceText(presence({ holder: holder({ thisTab: true }), watching }))).toBe(
      "Also open (read-only) for Daniyar and Saule.",
    );
    expect(presenceText(presence({ holder: holder({ thisTab: true }) }))).toBeNull();
  });
});
