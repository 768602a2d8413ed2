// A query string as a procedure's input, read against the JSON Schema of that input (the one the
// docs and the OpenAPI document show): numbers and booleans coerced, repeated keys or
// comma-separated values as a list where the schema takes one, an empty value as null where it
// may be null. Unknown parameters are refused here with the list of those the endpoint takes;
// everything else (ranges, formats, required fields) is left to the procedure's own zod schema.
import type { JsonSchema } from "../docs/json-schema";

export class QueryError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
  }
}

const typesOf = (s: JsonSchema): Set<string> => {
  const out = new Set<string>();
  const add = (t: JsonSchema) => {
    if (Array.isArray(t.type)) t.type.forEach((x) => out.add(x));
    else if (t.type) out.add(t.type);
    if (t.enum) t.enum.forEach((v) => out.add(v === null ? "null" : typeof v));
    if (t.const !== undefined) out.add(t.const === null ? "null" : typeof t.const);
    (t.anyOf ?? t.oneOf ?? []).forEach(add);
  };
  add(s);
  return out;
};

const itemsOf = (s: JsonSchema): JsonSchema | undefined =>
  s.items ?? (s.anyOf ?? s.oneOf ?? []).map(itemsOf).find(Boolean);

function scalar(value: string, schema: JsonSchema): unknown {
  const types = typesOf(schema);
  if (types.has("null") && (value === "" || value === "null")) return null;
  if (types.has("string")) return value;
  if ((types.has("integer") || types.has("number")) && /^-?\d+(\.\d+)?$/.test(value.trim()))
    return Number(value);
  if (types.has("boolean")) {
    if (value === "true" || value === "1") return true;
    if (value === "false" || value === "0") return false;
  }
  // Left as text: the procedure's schema says what it expected.
  return value;
}

/**
 * The input for `params` under `schema` (null: the procedure takes no input), with the path's
 * parameter already set in `fixed`.
 */
export function inputFromQuery(
  params: URLSearchParams,
  schema: JsonSchema | null,
  fixed: Record<string, string> = {},
): unknown {
  const properties = schema?.properties ?? {};
  const takes = Object.keys(properties).filter((k) => !(k in fixed));
  const keys = [...new Set(params.keys())];
  const unknown = keys.filter((k) => !takes.includes(k));
  if (unknown.length) {
    const message = `Unknown query parameter${unknown.length > 1 ? "s" : ""} ${unknown
      .map((k) => `"${k}"`)
      .join(
        ", ",
      )}: ${takes.length ? `this endpoint takes ${takes.join(", ")}` : "this endpoint takes none"}`;
    throw new QueryError(
      message,
      Object.fromEntries(unknown.map((k) => [k, ["Unknown query parameter"]])),
    );
  }
  if (!schema) return undefined;
  const input: Record<string, unknown> = { ...fixed };
  const repeated: string[] = [];
  for (const key of keys) {
    const values = params.getAll(key);
    const property = properties[key] ?? {};
    if (typesOf(property).has("array")) {
      const items = itemsOf(property) ?? {};
      input[key] = values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter((v) => v !== "")
        .map((v) => scalar(v, items));
    } else if (values.length > 1) {
      repeated.push(key);
    } else {
      input[key] = scalar(values[0] ?? "", property);
    }
  }
  if (repeated.length) {
    throw new QueryError(
      `Query parameter${repeated.length > 1 ? "s" : ""} ${repeated.map((k) => `"${k}"`).join(", ")} given more than once: ${repeated.length > 1 ? "each takes" : "it takes"} one value`,
      Object.fromEntries(repeated.map((k) => [k, ["Given more than once; takes one value"]])),
    );
  }
  return input;
}
