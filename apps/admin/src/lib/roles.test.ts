import { describe, expect, it } from "vitest";

import { abilities } from "./roles";

describe("abilities", () => {
  it("follows the role table", () => {
    expect(abilities("VIEWER", "event")).toEqual({
      edit: false,
      submit: false,
      publish: false,
      trash: false,
      purge: false,
    });
    expect(abilities("CONTRIBUTOR", "event")).toMatchObject({
      edit: true,
      submit: true,
      publish: false,
    });
    expect(abilities("EDITOR", "rating")).toMatchObject({
      publish: true,
      trash: true,
      purge: false,
    });
    expect(abilities("ADMIN", "source").purge).toBe(true);
  });

  it("lets only editors save actors and places, which are public at once", () => {
    expect(abilities("CONTRIBUTOR", "actor").edit).toBe(false);
    expect(abilities("EDITOR", "place").edit).toBe(true);
    expect(abilities("EDITOR", "place").submit).toBe(false);
  });
});
