import { describe, expect, it } from "vitest";

import { abilities } from "./roles";

describe("abilities", () => {
  it("follows the role table", () => {
    expect(abilities("VIEWER")).toEqual({
      edit: false,
      submit: false,
      publish: false,
      restoreRevision: false,
      trash: false,
      purge: false,
    });
    expect(abilities("CONTRIBUTOR")).toMatchObject({
      edit: true,
      submit: true,
      publish: false,
    });
    expect(abilities("EDITOR")).toMatchObject({
      publish: true,
      restoreRevision: true,
      trash: true,
      purge: false,
    });
    expect(abilities("ADMIN").purge).toBe(true);
  });
});
