import { describe, expect, it } from "vitest";

import { facetOptions, topOptions } from "./facet-group";

const values = Array.from({ length: 12 }, (_, i) => ({
  slug: `actor-${i}`,
  name: `Actor ${i}`,
  count: 12 - i,
}));

describe("a long facet's options", () => {
  it("are its top values, with their counts", () => {
    const top = topOptions(facetOptions(values, []), 8);
    expect(top.map((o) => o.value)).toEqual(values.slice(0, 8).map((v) => v.slug));
    expect(top[0]).toMatchObject({ count: 12, checked: false });
  });

  it("keep every chosen value, so the form still sends it", () => {
    const top = topOptions(facetOptions(values, ["actor-11", "gone"]), 8);
    expect(top.map((o) => o.value)).toEqual([
      ...values.slice(0, 8).map((v) => v.slug),
      "actor-11",
      "gone",
    ]);
    expect(top.filter((o) => o.checked).map((o) => o.count)).toEqual([1, 0]);
  });
});
