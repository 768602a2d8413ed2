import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { appRouter, createCaller } from "../root";
import type { ProcedureMeta } from "../trpc";
import { unknownKeys } from "./strict-input";

// No database: strict input is checked before any procedure reads one.
const caller = createCaller({
  db: null as never,
  user: null,
  siteUrl: "http://localhost",
  ip: null,
});

const failure = (call: () => Promise<unknown>) =>
  call().then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e as TRPCError,
  );

describe("unknownKeys", () => {
  const schema = z.object({
    a: z.string().optional(),
    list: z.array(z.object({ id: z.string() })).default([]),
    nested: z.object({ b: z.number() }).nullable(),
    either: z.union([z.object({ x: z.number() }), z.object({ y: z.number() })]).optional(),
    free: z.object({}).passthrough().optional(),
  });

  it("names keys no object of the schema declares, at any depth", () => {
    expect(
      unknownKeys(schema, {
        a: "x",
        limt: 1,
        list: [{ id: "1", extra: true }],
        nested: { b: 1, c: 2 },
      }).map((u) => [...u.path, u.key].join(".")),
    ).toEqual(["limt", "list.0.extra", "nested.c"]);
  });

  it("ignores undefined values, fitting union options and passthrough objects", () => {
    expect(
      unknownKeys(schema, { a: undefined, either: { y: 1 }, free: { anything: 1 }, nested: null }),
    ).toEqual([]);
    expect(unknownKeys(schema, { either: { z: 1 } })).toHaveLength(1);
  });

  it("names keys that only the prototype of an object has", () => {
    const input = JSON.parse('{"constructor":1,"__proto__":{"a":1},"toString":"x"}') as unknown;
    expect(unknownKeys(schema, input).map((u) => u.key)).toEqual([
      "constructor",
      "__proto__",
      "toString",
    ]);
  });

  it("treats any key as unknown when there is no input schema", () => {
    expect(unknownKeys(undefined, { a: 1 })).toEqual([{ path: [], key: "a", known: [] }]);
    expect(unknownKeys(undefined, undefined)).toEqual([]);
  });

  it("sees through defaults, pipes and transforms", () => {
    const piped = z
      .object({ q: z.string() })
      .default({ q: "" })
      .transform((v) => v.q);
    expect(unknownKeys(piped, { q: "a", r: 1 }).map((u) => u.key)).toEqual(["r"]);
  });
});

describe("strict input on public procedures", () => {
  it("refuses a misspelt key with BAD_REQUEST naming it and the keys it takes", async () => {
    const error = await failure(() => caller.event.list({ limt: 5 } as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "Invalid input: limt: Unknown field; this takes q, topic, place, actor, year, from, to, topics, places, actors, years, sort, order, limit, cursor, locale",
    );
  });

  it("refuses input sent to a procedure that takes none", async () => {
    const error = await failure(() =>
      (caller.topic.list as (i: unknown) => Promise<unknown>)({ a: 1 }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("covers every public procedure of the router", async () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; meta?: ProcedureMeta } }
    >;
    const publicPaths = Object.entries(procedures)
      .filter(([, p]) => p._def.meta?.access === "public")
      .map(([path]) => path);
    expect(publicPaths.length).toBeGreaterThan(10);
    for (const path of publicPaths) {
      const fn = path
        .split(".")
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
        input: unknown,
      ) => Promise<unknown>;
      const error = await failure(() => fn({ notAField: 1 }));
      expect(error.code, path).toBe("BAD_REQUEST");
      expect(error.message, path).toContain("notAField: Unknown field");
    }
  });
});
