import { Prisma } from "@kz/db";
import { describe, expect, it } from "vitest";

import { COLLECTIONS } from "../collections";
import { TRANSLATABLE, translatableOf } from "./translatable";

describe("the translatable kinds, from the collection registry", () => {
  it("translates only fields each kind declares, in tables that exist", () => {
    for (const kind of TRANSLATABLE) {
      expect(Object.keys(kind.localized).length, kind.entityType).toBeGreaterThan(0);
      for (const field of Object.keys(kind.localized))
        expect(Object.keys(kind.labels), `${kind.entityType}.${field}`).toContain(field);
      expect(Object.values(Prisma.ModelName)).toContain(kind.table);
    }
    const types = TRANSLATABLE.map((k) => k.entityType);
    expect(new Set(types).size).toBe(types.length);
  });

  it("has every collection that declares translated fields, and the rating series", () => {
    for (const c of COLLECTIONS)
      if ("localized" in c) expect(translatableOf(c.entityType)?.localized).toBe(c.localized);
    expect(translatableOf("EVENT")?.localized).toEqual({
      title: "text",
      summary: "text",
      body: "markdown",
    });
    expect(translatableOf("RATING_SERIES")).toMatchObject({
      table: "RatingSeries",
      workflow: false,
    });
    expect(translatableOf("SOURCE")).toBeUndefined();
  });
});
