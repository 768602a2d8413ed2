import { appRouter } from "@kz/api";
import { eventListInput, ratingSeriesListOutput, searchQueryInput } from "@kz/api/schemas";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  clientCall,
  curlExample,
  inputFields,
  outputType,
  trpcGetUrl,
  tsLiteral,
  typeExpression,
} from "./api-docs";
import { PUBLIC_PROCEDURES } from "./api-procedures";

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
      "order",
      "limit",
      "cursor",
    ]);
    expect(fields.topic).toEqual({
      name: "topic",
      type: "string",
      required: false,
      constraints: ["/^[a-z0-9-]+$/", "length 1–120"],
    });
    expect(fields.year).toMatchObject({ type: "number", constraints: ["1900–2100"] });
    expect(fields.from).toMatchObject({ type: "string", constraints: ["YYYY-MM-DD"] });
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
});

describe("typeExpression", () => {
  it("prints nested objects, nullable fields, arrays of unions and tuples", () => {
    const schema = z.object({
      a: z.string().nullable(),
      b: z.array(z.union([z.string(), z.number()])),
      c: z.object({ d: z.boolean() }).optional(),
      e: z.tuple([z.number(), z.number()]),
    });
    expect(typeExpression(z.toJSONSchema(schema) as never)).toBe(
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
    const type = outputType(ratingSeriesListOutput);
    expect(type.startsWith("{\n  slug: string;")).toBe(true);
    expect(type).toContain("  years: [number, number] | null;\n}[]");
  });
});

describe("examples", () => {
  const SITE = "https://example.org/";

  it("puts the input in superjson's envelope, URL-encoded", () => {
    const url = trpcGetUrl(SITE, "event.list", { topic: "protests", limit: 5 });
    expect(url).toBe(
      "https://example.org/api/trpc/event.list?input=%7B%22json%22%3A%7B%22topic%22%3A%22protests%22%2C%22limit%22%3A5%7D%7D",
    );
    const input = new URL(url).searchParams.get("input");
    expect(JSON.parse(input ?? "")).toEqual({ json: { topic: "protests", limit: 5 } });
  });

  it("leaves the query string out when there is no input", () => {
    expect(curlExample(SITE, "topic.list")).toBe(
      "curl -s 'https://example.org/api/trpc/topic.list'",
    );
  });

  it("keeps a quote in the input from ending the shell string", () => {
    const curl = curlExample(SITE, "search.query", { q: "Kazakhstan's [law] {x}" });
    expect(curl.slice("curl -s '".length, -1)).not.toMatch(/['[\]{}\s]/);
  });

  it("writes the typed client call", () => {
    expect(tsLiteral({ q: 'a"b', "x-y": [1, null] })).toBe('{ q: "a\\"b", "x-y": [1, null] }');
    expect(clientCall("event.list", { topic: "protests", limit: 5 })).toBe(
      'const result = await client.event.list.query({ topic: "protests", limit: 5 });',
    );
    expect(clientCall("topic.list")).toBe("const result = await client.topic.list.query();");
  });
});

describe("PUBLIC_PROCEDURES", () => {
  const procedures = (
    appRouter._def as unknown as {
      procedures: Record<string, { _def: { type: string; inputs: unknown[]; output: unknown } }>;
    }
  ).procedures;

  it.each(PUBLIC_PROCEDURES.map((p) => [p.path, p] as const))(
    "%s is a query of the router with the documented schemas",
    (path, documented) => {
      const procedure = procedures[path];
      expect(procedure?._def.type).toBe("query");
      const inputs = procedure?._def.inputs ?? [];
      expect(inputs).toHaveLength("input" in documented ? 1 : 0);
      if ("input" in documented) expect(inputs[0]).toBe(documented.input);
      expect(procedure?._def.output).toBe(documented.output);
    },
  );

  it("has an example for every procedure that takes input, valid for its schema", () => {
    for (const p of PUBLIC_PROCEDURES) {
      if (!("input" in p)) continue;
      expect(p.input.safeParse(p.example).success, p.path).toBe(true);
    }
  });
});
