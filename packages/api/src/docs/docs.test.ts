import { describe, expect, it } from "vitest";
import { z } from "zod";

import { COLLECTIONS } from "../collections";
import { eventListInput } from "../event/event.schema";
import { ratingSeriesListOutput } from "../rating/rating.schema";
import { searchQueryInput } from "../search/search.schema";
import { appRouter } from "../root";
import { accessOf } from "./access-of";
import { API_CATALOG, type ProcedureDoc, PUBLIC_API_CATALOG } from "./catalog";
import { clientCall, curlCommand, trpcUrl, tsLiteral } from "./examples";
import { inputFields, toJsonSchema, typeExpression } from "./json-schema";

const doc = (path: string): ProcedureDoc => {
  const entry = API_CATALOG.find((p) => p.path === path);
  if (!entry) throw new Error(`${path} is not in the catalog`);
  return entry;
};

describe("inputFields", () => {
  it("lists event.list's fields with their types, defaults and limits", () => {
    const fields = Object.fromEntries(inputFields(eventListInput).map((f) => [f.name, f]));
    expect(Object.keys(fields)).toEqual([
      "q",
      "topic",
      "place",
      "actor",
      "year",
      "from",
      "to",
      "topics",
      "places",
      "actors",
      "years",
      "sort",
      "order",
      "limit",
      "cursor",
      "locale",
    ]);
    expect(fields.topic).toEqual({
      name: "topic",
      type: "string",
      required: false,
      constraints: ["/^[a-z0-9-]+$/", "length 1–120"],
    });
    expect(fields.year).toMatchObject({ type: "number", constraints: ["1900–2100"] });
    expect(fields.topics).toMatchObject({ required: false });
    expect(fields.topics?.type).toContain("string");
    expect(fields.from).toMatchObject({ type: "string", constraints: ["YYYY-MM-DD"] });
    expect(fields.sort).toMatchObject({ type: '"date" | "updated"', defaultValue: '"date"' });
    expect(fields.order).toMatchObject({ type: '"asc" | "desc"', defaultValue: '"desc"' });
    expect(fields.limit).toMatchObject({ defaultValue: "20", constraints: ["1–100"] });
    expect(fields.cursor).toMatchObject({ type: "string | null", constraints: ["length 1–200"] });
  });

  it("marks required fields", () => {
    expect(inputFields(searchQueryInput)).toEqual([
      { name: "q", type: "string", required: true, constraints: [] },
      { name: "limit", type: "number", required: false, defaultValue: "10", constraints: ["1–50"] },
    ]);
  });

  it("reads the fields of an input with a default of its own (changes.since)", () => {
    const fields = inputFields(doc("changes.since").input!);
    expect(fields.map((f) => f.name)).toEqual(["cursor", "limit", "types"]);
    // One type per collection at most.
    expect(fields[2]).toMatchObject({
      required: false,
      constraints: [`at most ${COLLECTIONS.length} items`],
    });
  });
});

describe("typeExpression", () => {
  it("prints nested objects, nullable fields, arrays of unions and tuples", () => {
    const schema = z.object({
      a: z.string().nullable(),
      b: z.array(z.union([z.string(), z.number()])),
      c: z.object({ d: z.boolean() }).optional(),
      e: z.tuple([z.number(), z.number()]),
    });
    expect(typeExpression(toJsonSchema(schema, "output"))).toBe(
      [
        "{",
        "  a: string | null;",
        "  b: (string | number)[];",
        "  c?: {",
        "    d: boolean;",
        "  };",
        "  e: [number, number];",
        "}",
      ].join("\n"),
    );
  });

  it("describes rating.seriesList's output", () => {
    const type = typeExpression(toJsonSchema(ratingSeriesListOutput, "output"));
    expect(type.startsWith("{\n  slug: string;")).toBe(true);
    expect(type).toContain("  years: [number, number] | null;\n}[]");
  });
});

describe("examples", () => {
  const urls = { publicUrl: "https://example.org/", adminUrl: "https://admin.example.org" };

  it("puts the input in superjson's envelope, URL-encoded", () => {
    const url = trpcUrl(urls.publicUrl, "event.list", { topic: "protests", limit: 5 });
    expect(url).toBe(
      "https://example.org/api/trpc/event.list?input=%7B%22json%22%3A%7B%22topic%22%3A%22protests%22%2C%22limit%22%3A5%7D%7D",
    );
    const input = new URL(url).searchParams.get("input");
    expect(JSON.parse(input ?? "")).toEqual({ json: { topic: "protests", limit: 5 } });
  });

  it("calls a public query on the public site, without a query string when there is no input", () => {
    expect(curlCommand(doc("topic.list"), urls)).toBe(
      "curl -s 'https://example.org/api/trpc/topic.list'",
    );
  });

  it("keeps a quote in the input from ending the shell string", () => {
    const entry = { ...doc("search.query"), example: { q: "Kazakhstan's [law] {x}" } };
    const curl = curlCommand(entry, urls);
    expect(curl.slice("curl -s '".length, -1)).not.toMatch(/['[\]{}\s]/);
  });

  it("posts a mutation to the admin with a token, and leaves session-only procedures out", () => {
    const curl = curlCommand(doc("event.admin.submit"), urls);
    expect(curl).toMatch(
      /^curl -s -X POST 'https:\/\/admin\.example\.org\/api\/trpc\/event\.admin\.submit'/,
    );
    expect(curl).toContain("-H 'Authorization: Bearer kzr_…'");
    expect(curlCommand(doc("token.create"), urls)).toBe("");
  });

  it("writes the typed client call", () => {
    expect(tsLiteral({ q: 'a"b', "x-y": [1, null] })).toBe('{ q: "a\\"b", "x-y": [1, null] }');
    expect(clientCall(doc("event.list"))).toBe(
      'client.event.list.query({ topic: "protests", year: 2011, limit: 5 })',
    );
    expect(clientCall(doc("topic.list"))).toBe("client.topic.list.query()");
  });
});

describe("PUBLIC_API_CATALOG", () => {
  it("gives every public query its schemas, and an example when it takes input", () => {
    for (const p of PUBLIC_API_CATALOG) {
      expect(p.type, p.path).toBe("query");
      expect(p.output, p.path).toBeDefined();
      if (p.input) expect(p.input.safeParse(p.example).success, p.path).toBe(true);
    }
    expect(PUBLIC_API_CATALOG.map((p) => p.path)).toContain("changes.since");
  });
});

describe("access", () => {
  it("is declared by every procedure of the router, where it is built", () => {
    const paths = Object.keys(appRouter._def.procedures);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) expect(() => accessOf(path), path).not.toThrow();
    expect(accessOf("event.list")).toBe("public");
    expect(accessOf("event.admin.publish")).toBe("editor");
    expect(accessOf("user.resetPassword")).toBe("sessionAdmin");
  });
});
