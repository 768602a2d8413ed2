import { describe, expect, it } from "vitest";

import { absoluteUrl } from "./absolute-url";
import { collectPages } from "./paging";

describe("collectPages", () => {
  it("follows the cursor until it is null, in order", async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: "b" },
      b: { items: [3, 4], nextCursor: "c" },
      c: { items: [5], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const items = await collectPages(async (cursor) => {
      asked.push(cursor);
      return pages[cursor ?? "start"]!;
    });
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, "b", "c"]);
  });

  it("stops a cursor that never ends", async () => {
    await expect(
      collectPages(async () => ({ items: [1], nextCursor: "again" }), 3),
    ).rejects.toThrow(/3 pages/);
  });
});

describe("absoluteUrl", () => {
  it("joins the site URL and a path with one slash", () => {
    expect(absoluteUrl("https://example.org", "/events/a")).toBe("https://example.org/events/a");
    expect(absoluteUrl("https://example.org/", "/")).toBe("https://example.org/");
    expect(absoluteUrl("https://example.org//", "ru")).toBe("https://example.org/ru");
  });
});
