// The OpenAPI 3.1 document of the REST reads (`/api/openapi.json`), generated from the same
// routes (routes.ts: the router and the collection registry) and the same JSON Schemas the API
// reference shows (docs/json-schema.ts). OpenAPI 3.1 schemas are JSON Schema 2020-12, as zod
// writes them; Dates become ISO strings, as REST sends them.
import { toJsonSchema, type JsonSchema } from "../docs/json-schema";
import { API_CACHE_CONTROL } from "./http";
import { REST_BASE, REST_ROUTES, type RestRoute } from "./routes";

type Schema = JsonSchema & Record<string, unknown>;

/** A schema as REST sends it: Dates as date-time strings, no `$schema` inside the document. */
function forRest(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forRest);
  if (typeof schema !== "object" || schema === null) return schema;
  const s = schema as Schema;
  if (s["x-ts"] === "Date") return { type: "string", format: "date-time" };
  return Object.fromEntries(
    Object.entries(s)
      .filter(([k]) => k !== "$schema")
      .map(([k, v]) => [k, k === "default" || k === "enum" || k === "const" ? v : forRest(v)]),
  );
}

/** "event.list" → "EventList". */
const pascal = (procedure: string) =>
  procedure
    .split(".")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

/** How a route's input is sent: a path parameter and query parameters. */
function parametersOf(route: RestRoute): unknown[] {
  const params: unknown[] = [];
  const example = (route.example ?? {}) as Record<string, unknown>;
  const exampleOf = (name: string) =>
    example[name] === undefined ? {} : { example: example[name] };
  if (route.pathParam) {
    const schema = route.input && toJsonSchema(route.input, "input").properties?.[route.pathParam];
    params.push({
      name: route.pathParam,
      in: "path",
      required: true,
      schema: forRest(schema ?? { type: "string" }),
      ...exampleOf(route.pathParam),
    });
  }
  if (!route.input) return params;
  const input = toJsonSchema(route.input, "input");
  const required = new Set(input.required ?? []);
  for (const [name, schema] of Object.entries(input.properties ?? {})) {
    if (name === route.pathParam) continue;
    const isArray = schema.type === "array" || (schema.anyOf ?? []).some((a) => a.type === "array");
    params.push({
      name,
      in: "query",
      required: required.has(name),
      schema: forRest(schema),
      ...exampleOf(name),
      ...(isArray
        ? {
            style: "form",
            explode: true,
            description: "Repeat the parameter, or separate values with commas.",
          }
        : {}),
    });
  }
  return params;
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export interface OpenApiOptions {
  /** The public site's address, the document's server. */
  siteUrl: string;
  version?: string;
}

/** The OpenAPI 3.1 document of every REST read. */
export function openApiDocument({ siteUrl, version = "1.0.0" }: OpenApiOptions) {
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      required: ["error"],
      properties: {
        error: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: { type: "string", examples: ["BAD_REQUEST", "NOT_FOUND", "TOO_MANY_REQUESTS"] },
            message: { type: "string" },
            fieldErrors: {
              type: "object",
              additionalProperties: { type: "array", items: { type: "string" } },
              description: "Messages by dotted field path (query parameter).",
            },
          },
        },
      },
    },
  };
  const paths: Record<string, unknown> = {};
  for (const route of REST_ROUTES) {
    const name = pascal(route.procedure);
    if (route.output) schemas[name] = forRest(toJsonSchema(route.output, "output"));
    paths[`${REST_BASE}${route.path}`] = {
      get: {
        operationId: route.procedure.replace(/\./g, "_"),
        summary: route.summary,
        ...(route.details ? { description: route.details } : {}),
        tags: [route.collection ?? route.procedure.split(".")[0]],
        "x-trpc-procedure": route.procedure,
        parameters: parametersOf(route),
        responses: {
          "200": {
            description: `As the tRPC procedure \`${route.procedure}\` answers, as plain JSON. Cache-Control: ${API_CACHE_CONTROL}; a weak ETag.`,
            headers: {
              ETag: { schema: { type: "string" }, description: "Weak validator of the body." },
            },
            content: {
              "application/json": {
                schema: route.output ? { $ref: `#/components/schemas/${name}` } : {},
              },
            },
          },
          "304": { description: "Not modified: the If-None-Match tag is current." },
          "400": errorResponse(
            "Invalid input: an unknown parameter, a bad value (see fieldErrors).",
          ),
          ...(route.pathParam ? { "404": errorResponse("No such published record.") } : {}),
          "429": errorResponse("Rate limit exceeded; see Retry-After."),
          "503": errorResponse("The database is temporarily unavailable; see Retry-After."),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kazakhstan Human Rights Monitor — public API",
      version,
      description:
        "The published record as plain REST: ordinary query strings, plain JSON (dates as ISO strings), errors as `{ error: { code, message, fieldErrors? } }`. Every endpoint calls the tRPC procedure it names (`x-trpc-procedure`), which the typed client and `/api/trpc` serve too. Data licence: CC BY 4.0.",
      license: { name: "CC BY 4.0 (data)", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: siteUrl.replace(/\/+$/, "") }],
    paths,
    components: { schemas },
  };
}
