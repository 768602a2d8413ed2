// The router's zod schemas as JSON Schema, and as TypeScript-like types for people to read.
// Client-safe: zod only.
import { z } from "zod";

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
  /** Set by `toJsonSchema` where JSON Schema has no word: a Date (sent through superjson). */
  "x-ts"?: string;
}

/** A schema as callers send it (`io: "input"`: defaults optional) or as the API answers. */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override(ctx) {
      const type = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type;
      if (type === "date") (ctx.jsonSchema as JsonSchema)["x-ts"] = "Date";
    },
  }) as JsonSchema;
}

/** allOf (zod intersections) merged into one object schema. */
function merged(s: JsonSchema): JsonSchema {
  if (!s.allOf) return s;
  const parts = s.allOf.map(merged);
  return {
    type: "object",
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => p.required ?? []),
  };
}

const PRIMITIVES: Record<string, string> = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  null: "null",
};

const SAFE = 2 ** 53 - 1;

/** Limits the server enforces: `1–100`, `YYYY-MM-DD`, `/^[a-z0-9-]+$/`, `length 1–120`. */
export function constraintsOf(schema: JsonSchema): string[] {
  const out: string[] = [];
  for (const s of [schema, ...(schema.anyOf ?? [])]) {
    if (s.format === "date") out.push("YYYY-MM-DD");
    else if (s.format) out.push(s.format);
    else if (s.pattern) out.push(`/${s.pattern}/`);
    const { minimum: min, maximum: max } = s;
    if (min !== undefined && max !== undefined && Math.abs(max) < SAFE) out.push(`${min}–${max}`);
    else if (min !== undefined && Math.abs(min) < SAFE) out.push(`≥ ${min}`);
    else if (max !== undefined && Math.abs(max) < SAFE) out.push(`≤ ${max}`);
    if (s.minLength !== undefined || s.maxLength !== undefined)
      out.push(`length ${s.minLength ?? 0}–${s.maxLength ?? "∞"}`);
    if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} items`);
  }
  return out;
}

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

/** An input's top-level fields, as callers write them (defaults optional, before transforms). */
export function inputFields(schema: z.ZodType): InputField[] {
  const json = merged(toJsonSchema(schema, "input"));
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    type: typeExpression(s),
    required: required.has(name),
    ...(s.default !== undefined ? { defaultValue: JSON.stringify(s.default) } : {}),
    constraints: constraintsOf(s),
  }));
}

/**
 * The JSON Schema as a TypeScript type, objects spread over lines from `indent`. With `notes`,
 * the top-level fields of an object get a comment with their default and limits.
 */
export function typeExpression(schema: JsonSchema, indent = "", notes = false): string {
  const s = merged(schema);
  // `string | ""` says no more than `string`.
  const union = (types: string[]) =>
    [...new Set(types)].filter((t) => !(types.includes("string") && /^".*"$/.test(t))).join(" | ");
  if (s["x-ts"]) return s["x-ts"];
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
    if (!props.length) {
      const extra = s.additionalProperties;
      return extra && typeof extra === "object"
        ? `Record<string, ${typeExpression(extra, indent)}>`
        : "{}";
    }
    const inner = `${indent}  `;
    const required = new Set(s.required ?? []);
    const lines = props.map(([name, p]) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
      const line = `${inner}${key}${required.has(name) ? "" : "?"}: ${typeExpression(p, inner)};`;
      if (!notes) return line;
      const comment = [
        ...(p.default !== undefined ? [`default ${JSON.stringify(p.default)}`] : []),
        ...constraintsOf(p),
      ];
      return comment.length ? `${line} // ${comment.join(", ")}` : line;
    });
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return (typeof s.type === "string" && PRIMITIVES[s.type]) || "unknown";
}
