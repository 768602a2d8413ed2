// Strict input for the public procedures, applied once (trpc.ts) rather than by `.strict()` on
// each schema: zod objects drop keys they do not know, so `limt: 5` or `{"topic":…}` sent without
// superjson's envelope used to answer 200 with unfiltered data. This walks the raw input along the
// schema and names every key no object of the schema declares.
import { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def | undefined =>
  (schema as unknown as { _zod?: { def?: Def } })._zod?.def;

export interface UnknownKey {
  /** Where the object is: [] for the input itself, ["actors", 0] inside a list. */
  path: (string | number)[];
  key: string;
  /** The keys that object takes. */
  known: string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The keys of `value` that `schema` does not declare, wherever they are. Keys whose value is
 * `undefined` do not count (JSON drops them; server-side callers spread optional fields). An
 * object with a catchall (`.passthrough()`, `.strict()`, `.catchall()`) speaks for itself.
 */
export function unknownKeys(
  schema: z.ZodType | undefined,
  value: unknown,
  path: (string | number)[] = [],
): UnknownKey[] {
  if (schema === undefined) {
    // A procedure without input: any key is unknown.
    return isPlainObject(value)
      ? Object.keys(value)
          .filter((k) => value[k] !== undefined)
          .map((key) => ({ path, key, known: [] }))
      : [];
  }
  const def = defOf(schema);
  if (!def) return [];
  switch (def.type) {
    case "object": {
      if (!isPlainObject(value)) return [];
      const shape = def.shape ?? {};
      const known = Object.keys(shape);
      const found: UnknownKey[] = [];
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        // Own keys only: `constructor` or `__proto__` in the input is not a field of the schema.
        if (Object.hasOwn(shape, key)) found.push(...unknownKeys(shape[key], item, [...path, key]));
        else if (!def.catchall) found.push({ path, key, known });
      }
      return found;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return def.innerType ? unknownKeys(def.innerType, value, path) : [];
    case "pipe":
      return def.in ? unknownKeys(def.in, value, path) : [];
    case "lazy":
      return def.getter ? unknownKeys(def.getter(), value, path) : [];
    case "array":
      return Array.isArray(value) && def.element
        ? value.flatMap((item, i) => unknownKeys(def.element, item, [...path, i]))
        : [];
    case "tuple":
      return Array.isArray(value)
        ? value.flatMap((item, i) => {
            const itemSchema = def.items?.[i] ?? def.rest ?? undefined;
            return itemSchema ? unknownKeys(itemSchema, item, [...path, i]) : [];
          })
        : [];
    case "record":
      return isPlainObject(value) && def.valueType
        ? Object.entries(value).flatMap(([k, v]) => unknownKeys(def.valueType, v, [...path, k]))
        : [];
    case "intersection": {
      // A key is unknown only if neither side knows it.
      if (!def.left || !def.right) return [];
      const right = unknownKeys(def.right, value, path);
      const label = (u: UnknownKey) => `${u.path.join(".")}/${u.key}`;
      const rightLabels = new Set(right.map(label));
      return unknownKeys(def.left, value, path)
        .filter((u) => rightLabels.has(label(u)))
        .map((u) => ({
          ...u,
          known: [...new Set([...u.known, ...right.find((r) => label(r) === label(u))!.known])],
        }));
    }
    case "union": {
      // The option that fits best: none unknown if any option takes them all.
      const results = (def.options ?? []).map((option) => unknownKeys(option, value, path));
      return (
        results.reduce<UnknownKey[] | null>(
          (best, r) => (best === null || r.length < best.length ? r : best),
          null,
        ) ?? []
      );
    }
    default:
      return [];
  }
}

/** The unknown keys as zod issues: `limt: Unknown field; this call takes q, topic, …`. */
export function unknownKeysError(found: UnknownKey[]): z.ZodError {
  return new z.ZodError(
    found.map(({ path, key, known }) => ({
      code: "custom" as const,
      path: [...path, key],
      input: undefined,
      message: known.length
        ? `Unknown field; this takes ${known.join(", ")}`
        : "Unknown field; this takes no input",
    })),
  );
}
