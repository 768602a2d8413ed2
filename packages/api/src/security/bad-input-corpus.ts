// Hostile requests for every procedure: what a careless or malicious client can put in a tRPC call
// (the superjson envelope, its fields, the body's bytes, the batch envelope, the path). Each is
// built as raw text or bytes, so keys like `__proto__` and invalid UTF-8 reach the server as sent.
import superjson from "superjson";
import type { z } from "zod";

import { toJsonSchema, type JsonSchema } from "../docs/json-schema";
import {
  CALENDAR_DATES,
  CURSORS,
  DATES,
  DEEP_ARRAY,
  DEEP_OBJECT,
  DEPTH,
  HOSTILE_STRINGS,
  INVALID_UTF8,
  NUMBERS,
  ONE_MB,
  POLLUTING,
  SQL_INJECTION,
  SUPERJSON_NUMBERS,
  WRONG_TYPES,
} from "./bad-input-values";
import type { RawCall } from "./harness";

/** A procedure as the corpus sees it: its input schema and a valid input to start from. */
export interface Target {
  path: string;
  type: "query" | "mutation";
  input: z.ZodType | undefined;
  /** The catalog's example; the field variants change one field of it at a time. */
  example: unknown;
}

export interface BadInput {
  label: string;
  call: RawCall;
  /**
   * Bad inputs with the same key are refused by the same schema (the input's, or a field's that
   * several inputs share) for the same reason: when refused, one of them tells all.
   */
  refusalKey: string;
}

const schemaIds = new WeakMap<object, number>();
let nextSchemaId = 0;
function schemaId(schema: object): number {
  const known = schemaIds.get(schema);
  if (known !== undefined) return known;
  schemaIds.set(schema, ++nextSchemaId);
  return nextSchemaId;
}

interface ZodInternals {
  _zod?: {
    def: { type: string; shape?: Record<string, object>; innerType?: unknown; in?: unknown };
  };
}

/** The zod schemas of an object input's fields, through defaults, optionals and pipes. */
function fieldSchemasOf(input: z.ZodType | undefined): Record<string, object> {
  let schema = input as ZodInternals | undefined;
  while (schema?._zod) {
    const def = schema._zod.def;
    if (def.type === "object") return def.shape ?? {};
    schema = (def.innerType ?? def.in) as ZodInternals | undefined;
  }
  return {};
}

/** The envelope `{"json": …, "meta": …}` as text, from the `json` part's text. */
const envelope = (jsonText: string, metaText?: string) =>
  metaText === undefined ? `{"json":${jsonText}}` : `{"json":${jsonText},"meta":${metaText}}`;

/** An object's JSON text with one more key, written as raw text (so `__proto__` stays a key). */
function withRawKey(objectText: string, key: string, valueText: string): string {
  const rest = objectText.slice(1);
  return `{${JSON.stringify(key)}:${valueText}${rest === "}" ? "" : ","}${rest}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type FieldKind = "string" | "number" | "array" | "date" | "calendarDate" | "cursor" | "other";

function typesOf(schema: JsonSchema): string[] {
  const own = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return [...own, ...(schema.anyOf ?? []).flatMap(typesOf)];
}

function kindsOf(name: string, schema: JsonSchema): FieldKind[] {
  const all = [schema, ...(schema.anyOf ?? [])];
  const types = typesOf(schema);
  const kinds: FieldKind[] = [];
  if (all.some((s) => s["x-ts"] === "Date")) kinds.push("date");
  if (all.some((s) => s.format === "date")) kinds.push("calendarDate");
  if (/cursor/i.test(name)) kinds.push("cursor");
  if (types.includes("string")) kinds.push("string");
  if (types.includes("number") || types.includes("integer")) kinds.push("number");
  if (types.includes("array")) kinds.push("array");
  return kinds.length ? kinds : ["other"];
}

/** An input's top-level fields and their JSON Schemas (none for inputs that are not objects). */
function fieldsOf(input: z.ZodType | undefined): [string, JsonSchema][] {
  if (!input) return [];
  const json = toJsonSchema(input, "input");
  const parts = json.allOf ?? [json];
  return parts.flatMap((part) => Object.entries(part.properties ?? {}));
}

/** One field's variants: its name, the JSON text of its value, and superjson's meta if any. */
interface FieldValue {
  label: string;
  valueText: string;
  /** A superjson annotation for the field, e.g. "Date" or "bigint". */
  annotation?: string;
}

function fieldValues(name: string, schema: JsonSchema): FieldValue[] {
  const types = typesOf(schema).map((t) => (t === "integer" ? "number" : t));
  const values: FieldValue[] = [
    ...Object.entries(WRONG_TYPES)
      .filter(([type]) => !types.includes(type))
      .map(([type, v]) => ({ label: `wrong type (${type})`, valueText: JSON.stringify(v) })),
    { label: "nested 10k deep", valueText: DEEP_OBJECT },
  ];
  for (const kind of kindsOf(name, schema)) {
    if (kind === "string") {
      for (const [label, s] of Object.entries(HOSTILE_STRINGS)) {
        values.push({ label, valueText: JSON.stringify(s) });
      }
    }
    if (kind === "number") {
      for (const [label, n] of Object.entries(NUMBERS)) {
        values.push({ label: `number ${label}`, valueText: JSON.stringify(n) });
      }
      for (const [label, [text, annotation]] of Object.entries(SUPERJSON_NUMBERS)) {
        values.push({ label: `superjson ${label}`, valueText: JSON.stringify(text), annotation });
      }
    }
    if (kind === "cursor") {
      for (const [label, c] of Object.entries(CURSORS)) {
        values.push({ label: `cursor: ${label}`, valueText: JSON.stringify(c) });
      }
    }
    if (kind === "date") {
      for (const [label, [v, annotation]] of Object.entries(DATES)) {
        values.push({
          label: `date: ${label}`,
          valueText: JSON.stringify(v),
          annotation: annotation ?? undefined,
        });
      }
    }
    if (kind === "calendarDate") {
      for (const d of CALENDAR_DATES) {
        values.push({ label: `calendar date ${d}`, valueText: JSON.stringify(d) });
      }
    }
    if (kind === "array") {
      values.push(
        { label: "array of SQL injection", valueText: JSON.stringify([SQL_INJECTION]) },
        { label: "array with a NUL string", valueText: JSON.stringify(["a\u0000b"]) },
        { label: "array of 10001 items", valueText: JSON.stringify(Array(10_001).fill("x")) },
        { label: "array of one 1 MB string", valueText: JSON.stringify([ONE_MB]) },
      );
    }
  }
  return values;
}

/** The text of one input, sent as the procedure's type sends it (query string or body). */
function sendAs(target: Target, text: string | undefined, extra: Partial<RawCall> = {}): RawCall {
  if (target.type === "mutation") {
    return {
      method: "POST",
      path: target.path,
      ...(text !== undefined ? { body: text } : {}),
      ...extra,
    };
  }
  return {
    method: "GET",
    path: target.path,
    query: text !== undefined ? { input: text } : {},
    ...extra,
  };
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))),
  );

/** Variants of the whole input: wrong shapes, sizes, keys and bytes. */
function envelopeVariants(target: Target): BadInput[] {
  const exampleText = JSON.stringify(isObject(target.example) ? target.example : {});
  const firstField = fieldsOf(target.input)[0]?.[0] ?? "x";
  const texts: Record<string, string | undefined> = {
    "no input": undefined,
    "empty input": "",
    "not JSON": '{"json":',
    "JSON without the envelope": exampleText,
    "json: null": envelope("null"),
    "json: a number": envelope("-1"),
    "json: a string": envelope('"event"'),
    "json: an array": envelope(`[${exampleText}]`),
    "json: {} (every field missing)": envelope("{}"),
    "json: a 1 MB string": envelope(JSON.stringify(ONE_MB)),
    "json: nested 10k deep (arrays)": envelope(DEEP_ARRAY),
    "json: nested 10k deep (objects)": envelope(DEEP_OBJECT),
    "extra fields, and __proto__, constructor and prototype keys": envelope(
      [
        ["unexpected", '"x"'],
        ["", "{}"],
        ["__proto__", POLLUTING],
        ["constructor", `{"prototype":${POLLUTING}}`],
        ["prototype", POLLUTING],
      ].reduce((text, [key = "", value = ""]) => withRawKey(text, key, value), exampleText),
    ),
    "__proto__ around the envelope": withRawKey(envelope(exampleText), "__proto__", POLLUTING),
  };
  const key = (label: string) => `${target.input ? schemaId(target.input) : target.path}|${label}`;
  const cases: BadInput[] = Object.entries(texts).map(([label, text]) => ({
    label,
    call: sendAs(target, text),
    refusalKey: key(label),
  }));
  // Bytes that are not UTF-8, in a string of the body; a query string carries them percent-encoded.
  const [head, tail] = [`{"json":{"${firstField}":"`, '"}}'];
  const percentEncoded = INVALID_UTF8.map((b) => `%${b.toString(16).toUpperCase()}`).join("");
  cases.push({
    label: "invalid UTF-8 bytes",
    refusalKey: key("invalid UTF-8 bytes"),
    call:
      target.type === "mutation"
        ? sendAs(target, undefined, { body: bytes(head, INVALID_UTF8, tail) })
        : sendAs(target, undefined, {
            rawQuery: `input=${encodeURIComponent(head)}${percentEncoded}${encodeURIComponent(tail)}`,
          }),
  });
  return cases;
}

/**
 * What superjson and tRPC make of the request around the input: malformed superjson meta, content
 * types, methods, connection parameters. None depends on the procedure's schema (they fail, or
 * not, before it), so a few procedures stand for all.
 */
export function transportCorpusFor(target: Target): BadInput[] {
  const exampleText = JSON.stringify(isObject(target.example) ? target.example : {});
  const firstField = fieldsOf(target.input)[0]?.[0] ?? "x";
  const meta: Record<string, string> = {
    "annotation on a missing path": '{"values":{"no.such.path":["Date"]}}',
    "unknown type": `{"values":{"${firstField}":["NoSuchType"]}}`,
    "unregistered class": `{"values":{"${firstField}":[["class","Evil"]]}}`,
    "unregistered custom type": `{"values":{"${firstField}":[["custom","evil"]]}}`,
    "Date at the root": '{"values":["Date"]}',
    "map at the root": '{"values":["map"]}',
    "__proto__ path": '{"values":{"__proto__":["map"]}}',
    "__proto__.polluted path": '{"values":{"__proto__.polluted":["Date"]}}',
    "constructor.prototype path": '{"values":{"constructor.prototype.polluted":["Date"]}}',
    "referential equality to __proto__": `{"referentialEqualities":{"${firstField}":["__proto__"]}}`,
    "referential equality to a missing path": '{"referentialEqualities":{"a.b":["c.d"]}}',
    "not an object": '"meta"',
    "values is a number": '{"values":42}',
    "path 10k deep": `{"values":{"${"a.".repeat(DEPTH)}a":["Date"]}}`,
    "annotations 10k deep": `{"values":${'["Date",{"a":'.repeat(DEPTH)}["Date"]${"}]".repeat(DEPTH)}}`,
    "unknown version": '{"values":{},"v":999}',
  };
  const cases: BadInput[] = Object.entries(meta).map(([label, metaText]) => ({
    label: `meta: ${label}`,
    call: sendAs(target, envelope(exampleText, metaText)),
    refusalKey: `transport|${target.path}|meta: ${label}`,
  }));
  cases.push({
    label: "meta: a regexp from text",
    call: sendAs(target, envelope('"/(a+)+$/"', '{"values":["regexp"]}')),
    refusalKey: `transport|${target.path}|meta: a regexp`,
  });
  const other: [string, RawCall][] = [
    [
      "text/plain body",
      sendAs(target, envelope(exampleText), { headers: { "content-type": "text/plain" } }),
    ],
    [
      "multipart body that is not multipart",
      {
        method: "POST",
        path: target.path,
        body: "--x\r\nnot a part",
        headers: { "content-type": "multipart/form-data; boundary=x" },
      },
    ],
    [
      "octet-stream body",
      {
        method: "POST",
        path: target.path,
        body: bytes(INVALID_UTF8),
        headers: { "content-type": "application/octet-stream" },
      },
    ],
    [
      "the other method",
      target.type === "mutation"
        ? { method: "GET", path: target.path, query: { input: envelope(exampleText) } }
        : { method: "POST", path: target.path, body: envelope(exampleText) },
    ],
    ["method PUT", { method: "PUT", path: target.path, body: envelope(exampleText) }],
    [
      "connectionParams not JSON",
      target.type === "mutation"
        ? sendAs(target, envelope(exampleText), { query: { connectionParams: "{" } })
        : sendAs(target, undefined, {
            query: { input: envelope(exampleText), connectionParams: "{" },
          }),
    ],
  ];
  for (const [label, call] of other) {
    cases.push({ label, call, refusalKey: `transport|${target.path}|${label}` });
  }
  return cases;
}

/** Variants of each top-level field of the input, the others kept as the example has them. */
function fieldVariants(target: Target): BadInput[] {
  const example = isObject(target.example) ? target.example : {};
  const cases: BadInput[] = [];
  const fieldSchemas = fieldSchemasOf(target.input);
  const inputKey = target.input ? schemaId(target.input) : target.path;
  for (const [name, schema] of fieldsOf(target.input)) {
    const { [name]: _dropped, ...others } = example;
    const othersText = JSON.stringify(others);
    const field = fieldSchemas[name];
    const key = (label: string) =>
      field ? `field ${schemaId(field)}|${label}` : `${inputKey}|${name}: ${label}`;
    cases.push({
      label: `${name}: missing`,
      call: sendAs(target, envelope(othersText)),
      refusalKey: `${inputKey}|${name}: missing`,
    });
    for (const value of fieldValues(name, schema)) {
      const jsonText = withRawKey(othersText, name, value.valueText);
      const meta = value.annotation
        ? `{"values":{${JSON.stringify(name)}:[${JSON.stringify(value.annotation)}]}}`
        : undefined;
      cases.push({
        label: `${name}: ${value.label}`,
        call: sendAs(target, envelope(jsonText, meta)),
        refusalKey: key(value.label),
      });
    }
  }
  return cases;
}

/** Every bad input for one procedure: the whole input's, then each field's. */
export function corpusFor(target: Target): BadInput[] {
  return [...envelopeVariants(target), ...fieldVariants(target)];
}

/** Only the whole input's variants: for the runs as other identities. */
export function envelopeCorpusFor(target: Target): BadInput[] {
  return envelopeVariants(target);
}

/** Batch envelopes and paths that are wrong in themselves, whatever the procedures. */
export function batchAndPathCorpus(): BadInput[] {
  // Procedures that take an input: tRPC reads a batch's inputs only for those.
  const two = "event.list,source.list";
  const batch = (label: string, input: string, path = two): BadInput => ({
    label,
    call: { method: "GET", path, query: { batch: "1", input } },
    refusalKey: `batch|${label}`,
  });
  const calls = (n: number) => Array(n).fill("event.list").join(",");
  return [
    batch("indices that do not match the paths", '{"0":{"json":null},"5":{"json":{}}}'),
    batch("input is an array", '[{"json":{}},{"json":{}}]'),
    batch("input is a string", '"0"'),
    batch("input is null", "null"),
    batch("input is not JSON", "{"),
    batch("entries that are not envelopes", '{"0":"json","1":42}'),
    batch("a __proto__ entry", '{"__proto__":{"0":{"json":{}}},"0":{"json":{}}}'),
    batch("odd index keys", '{"-1":{"json":{}},"00":{"json":{}},"1.0":{"json":{}}}'),
    batch("malformed meta in an entry", '{"0":{"json":{},"meta":{"values":{"a.b":["Date"]}}}}'),
    batch("an empty path between commas", "{}", "event.list,,source.list"),
    batch("only commas", "{}", ",,,"),
    batch("a query and a mutation together", "{}", "event.list,event.admin.submit"),
    batch("11 calls, one over the cap", "{}", calls(11)),
    batch("1000 calls", "{}", calls(1000)),
    batch("10k paths of 100 characters", "{}", Array(10_000).fill("p".repeat(100)).join(",")),
    {
      label: "a batch of mutations by GET",
      refusalKey: "batch|a batch of mutations by GET",
      call: {
        method: "GET",
        path: "event.admin.submit,event.admin.publish",
        query: { batch: "1" },
      },
    },
    {
      label: "a batch body that is not an object",
      refusalKey: "batch|a batch body that is not an object",
      call: {
        method: "POST",
        path: "event.admin.submit,event.admin.publish",
        query: { batch: "1" },
        body: "[1,2]",
      },
    },
    {
      label: "batch=2",
      refusalKey: "batch|batch=2",
      call: { method: "GET", path: two, query: { batch: "2", input: "{}" } },
    },
    ...[
      "",
      "no.such",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "event.__proto__",
      "event.admin.constructor",
      "_def",
      "_def.procedures",
      "event.list.extra",
      "event..list",
      "%E0%A4%A",
      "%00",
      "event%2Elist",
      "p".repeat(100_000),
    ].map((path) => ({
      label: `path ${JSON.stringify(path.slice(0, 40))}`,
      call: { method: "GET", path },
      refusalKey: `path|${path}`,
    })),
  ];
}

/** What a procedure's own code gets from a call: the parsed input, unless it was refused first. */
export type Reading = { accepted: false } | { accepted: true; input: unknown };

/** Reads a call's input as the server does: body or query string, JSON, superjson, the schema. */
export function readInput(target: Target, call: RawCall): Reading {
  const refused = { accepted: false } as const;
  if (call.method !== (target.type === "mutation" ? "POST" : "GET")) return refused;
  if (call.query?.connectionParams !== undefined) return refused;
  // A procedure without an input never reads one, whatever was sent.
  if (!target.input) return { accepted: true, input: undefined };
  // tRPC reads a GET's input from the query string, whatever the content type says.
  const contentType = call.headers?.["content-type"];
  if (call.method === "POST" && contentType !== undefined && contentType !== "application/json") {
    return refused;
  }
  const text =
    call.body instanceof Uint8Array
      ? new TextDecoder().decode(call.body)
      : call.rawQuery !== undefined
        ? new URLSearchParams(call.rawQuery).get("input")
        : (call.body ?? call.query?.input);
  // A POST body must be JSON; a GET without `input` has an undefined input.
  if (call.method === "POST" && !text) return refused;
  try {
    const parsed = target.input.safeParse(
      text ? superjson.deserialize(JSON.parse(text)) : undefined,
    );
    return parsed.success ? { accepted: true, input: parsed.data } : refused;
  } catch {
    return refused;
  }
}

/**
 * Whether a parsed input names a record by id (`id`, `ids`, `seriesId`, …, or a list of `items`
 * that each do, as bulk actions take). No record has an id the corpus uses (the catalog's examples
 * make theirs up), so such a mutation finds nothing to change.
 */
export function namesARecord(input: unknown): boolean {
  if (!isObject(input)) return false;
  const { items } = input;
  if (Array.isArray(items) && items.length > 0 && items.every(namesARecord)) return true;
  return Object.keys(input).some((key) => /^(id|ids|[a-z]+Id)$/.test(key));
}
