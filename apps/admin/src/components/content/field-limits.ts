// A field's limits read from the form's own zod schema (the one the API validates with), so the
// admin's counters say the same number the server enforces.

/** The parts of a zod 4 schema's definition needed to find a string's maximum length. */
interface SchemaLike {
  maxLength?: number | null;
  shape?: Record<string, unknown>;
  _zod?: {
    def?: {
      innerType?: unknown;
      in?: unknown;
      left?: unknown;
      right?: unknown;
      options?: unknown[];
    };
  };
}

/** The most characters a string schema (optional, nullable, defaulted or piped) allows. */
function stringMax(schema: unknown): number | undefined {
  for (let s = schema as SchemaLike | undefined; s;) {
    if (typeof s.maxLength === "number") return s.maxLength;
    const def = s._zod?.def;
    s = (def?.innerType ?? def?.in) as SchemaLike | undefined;
  }
  return undefined;
}

/** The schema of a top-level field of an object form (or of either side of an intersection). */
function fieldSchema(schema: unknown, name: string): unknown {
  const s = schema as SchemaLike | undefined;
  if (!s) return undefined;
  if (s.shape && name in s.shape) return s.shape[name];
  const def = s._zod?.def;
  return (
    fieldSchema(def?.left, name) ??
    fieldSchema(def?.right, name) ??
    fieldSchema(def?.innerType ?? def?.in, name)
  );
}

/** The most characters the form's schema allows in a text field, or undefined for no limit. */
export const maxLengthOf = (schema: unknown, name: string): number | undefined =>
  stringMax(fieldSchema(schema, name));

/** "12 345 / 100 000 characters", with the thin grouping the admin's messages use. */
export function countText(length: number, max: number): string {
  const group = (n: number) => n.toLocaleString("en").replace(/,/g, " ");
  return `${group(length)} / ${group(max)} characters`;
}
