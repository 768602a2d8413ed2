import { z } from "zod";

/**
 * The /api page's words about each procedure, derived from the API's own zod schemas (so the docs
 * cannot drift from what the server validates), and its runnable examples.
 */

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

export interface InputField {
  name: string;
  /** A TypeScript-like type: `string`, `number`, `"asc" | "desc"`, `string | null`. */
  type: string;
  required: boolean;
  /** The value used when the field is left out, as JSON. */
  defaultValue?: string;
  /** Limits the server enforces, in a language-neutral notation: `1–100`, `YYYY-MM-DD`. */
  constraints: string[];
}

const SAFE_INTEGER = 2 ** 53 - 1;

function constraintsOf(s: JsonSchema): string[] {
  const out: string[] = [];
  for (const branch of [s, ...(s.anyOf ?? [])]) {
    if (branch.format === "date") out.push("YYYY-MM-DD");
    else if (branch.format) out.push(branch.format);
    else if (branch.pattern) out.push(`/${branch.pattern}/`);
    const min = branch.minimum;
    const max = branch.maximum;
    if (min !== undefined && max !== undefined && Math.abs(max) < SAFE_INTEGER)
      out.push(`${min}–${max}`);
    else if (min !== undefined && Math.abs(min) < SAFE_INTEGER) out.push(`≥ ${min}`);
    else if (max !== undefined && Math.abs(max) < SAFE_INTEGER) out.push(`≤ ${max}`);
    if (branch.minLength !== undefined || branch.maxLength !== undefined)
      out.push(`length ${branch.minLength ?? 0}–${branch.maxLength ?? "∞"}`);
  }
  return out;
}

const PRIMITIVES: Record<string, string> = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  null: "null",
};

/** The JSON Schema as a TypeScript-like type, objects spread over lines from `indent`. */
export function typeExpression(s: JsonSchema, indent = ""): string {
  const union = (types: string[]) => [...new Set(types)].join(" | ");
  if (s.enum) return union(s.enum.map((v) => JSON.stringify(v)));
  if (s.const !== undefined) return JSON.stringify(s.const);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return union(alternatives.map((a) => typeExpression(a, indent)));
  if (Array.isArray(s.type))
    return union(s.type.map((t) => typeExpression({ ...s, type: t }, indent)));
  if (s.type === "array") {
    if (s.prefixItems) return `[${s.prefixItems.map((i) => typeExpression(i, indent)).join(", ")}]`;
    const item = s.items ? typeExpression(s.items, indent) : "unknown";
    return /[ |]/.test(item) && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === "object") {
    const props = Object.entries(s.properties ?? {});
    if (props.length === 0) return "{}";
    const inner = `${indent}  `;
    const required = new Set(s.required ?? []);
    const lines = props.map(
      ([name, p]) =>
        `${inner}${name}${required.has(name) ? "" : "?"}: ${typeExpression(p, inner)};`,
    );
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return (s.type && PRIMITIVES[s.type]) ?? "unknown";
}

/** A procedure's input fields, as callers write them (defaults optional, before transforms). */
export function inputFields(schema: z.ZodType): InputField[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    type: typeExpression(s),
    required: required.has(name),
    ...(s.default !== undefined ? { defaultValue: JSON.stringify(s.default) } : {}),
    constraints: constraintsOf(s),
  }));
}

/** What a procedure answers, as a TypeScript-like type. */
export function outputType(schema: z.ZodType): string {
  return typeExpression(
    z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema,
  );
}

/**
 * A query over plain HTTP: `GET /api/trpc/<path>?input=<the input in superjson's envelope>`.
 * Plain JSON inputs (no dates, maps or undefined) need only `{"json": …}`.
 */
export function trpcGetUrl(siteUrl: string, path: string, input?: unknown): string {
  const base = `${siteUrl.replace(/\/+$/, "")}/api/trpc/${path}`;
  if (input === undefined) return base;
  // encodeURIComponent leaves `'` alone, which would end the shell's single-quoted string.
  const encoded = encodeURIComponent(JSON.stringify({ json: input })).replace(/'/g, "%27");
  return `${base}?input=${encoded}`;
}

export function curlExample(siteUrl: string, path: string, input?: unknown): string {
  return `curl -s '${trpcGetUrl(siteUrl, path, input)}'`;
}

/** A value as TypeScript source: `{ topic: "protests", limit: 5 }`. */
export function tsLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v)}`,
    );
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value) ?? "undefined";
}

/** The call with the typed client set up as in `clientSetup`. */
export function clientCall(path: string, input?: unknown): string {
  return `const result = await client.${path}.query(${input === undefined ? "" : tsLiteral(input)});`;
}

export function clientSetup(siteUrl: string): string {
  return [
    `import { createTRPCClient, httpBatchLink } from "@trpc/client";`,
    `import superjson from "superjson";`,
    ``,
    `// The router's type, from this project's packages/api (a type-only import: no server code).`,
    `import type { AppRouter } from "@kz/api";`,
    ``,
    `export const client = createTRPCClient<AppRouter>({`,
    `  links: [httpBatchLink({ url: "${siteUrl.replace(/\/+$/, "")}/api/trpc", transformer: superjson })],`,
    `});`,
  ].join("\n");
}
