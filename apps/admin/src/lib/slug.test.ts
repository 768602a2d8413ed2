import { describe, expect, it } from "vitest";

import { slugPreview } from "./slug";

describe("slugPreview", () => {
  it("uses the slug the editor typed", () => {
    expect(slugPreview("Anything", "my-slug", "event")).toEqual({
      slug: "my-slug",
      generated: false,
    });
  });

  it("makes one from the title when the slug is empty, as the server does", () => {
    expect(slugPreview("Zhanaozen: oil workers’ strike (2011)", "", "event")).toEqual({
      slug: "zhanaozen-oil-workers-strike-2011",
      generated: true,
    });
    expect(slugPreview("Жаңаөзен оқиғасы", "  ", "event").slug).toBe("zhanaozen-oqigasy");
  });

  it("falls back to the kind's word when the title has nothing to make a slug of", () => {
    expect(slugPreview("", undefined, "event")).toEqual({ slug: "event", generated: true });
    expect(slugPreview("!!!", null, "source").slug).toBe("source");
  });
});
