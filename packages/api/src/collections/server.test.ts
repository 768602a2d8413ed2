import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { COLLECTIONS } from "./index";
import { SERVER_KINDS } from "./server";

describe("each collection's declaration and its server part", () => {
  it.each(COLLECTIONS.map((c) => [c.noun, c] as const))(
    "%s: labels every stored field, in the form's order, and declares relations only on them",
    (_noun, collection) => {
      const kind = SERVER_KINDS[collection.entityType];
      const stored = Object.keys((kind.data as unknown as z.ZodObject).shape);
      expect(Object.keys(collection.labels).sort()).toEqual([...stored].sort());
      for (const field of Object.keys(collection.relations)) expect(stored).toContain(field);
      expect(kind.entityType).toBe(collection.entityType);
    },
  );
});
