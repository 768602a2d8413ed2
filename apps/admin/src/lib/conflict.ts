/** A field whose value in the editor's unsaved form differs from the version now on the server. */
export interface FieldConflict {
  field: string;
  label: string;
  mine: unknown;
  theirs: unknown;
  /** The other save changed this field (relative to the version the editor started from). */
  changedByThem: boolean;
}

/** "" and null and undefined all mean "nothing" in a form; numbers typed as text are numbers. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") return value.replace(/\r\n/g, "\n").trim() || null;
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalize((value as Record<string, unknown>)[key]);
      if (v !== null) out[key] = v;
    }
    return out;
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/**
 * The fields in which `mine` (the unsaved form) differs from `theirs` (the server's current
 * version), in `labels` order; fields without a label (ids, versions, the change note) are ignored.
 * `base` is the version the editor loaded: it tells which differences the other save made.
 */
export function conflictingFields(
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  base: Record<string, unknown> | null,
  labels: Record<string, string>,
): FieldConflict[] {
  return Object.entries(labels).flatMap(([field, label]) => {
    if (sameValue(mine[field], theirs[field])) return [];
    return [
      {
        field,
        label,
        mine: mine[field],
        theirs: theirs[field],
        changedByThem: base ? !sameValue(base[field], theirs[field]) : true,
      },
    ];
  });
}

/** A value as one short line of text, for the conflict and history tables. */
export function displayValue(value: unknown, max = 400): string {
  const n = normalize(value);
  if (n === null) return "—";
  const text = typeof n === "string" ? n : typeof n === "number" ? String(n) : JSON.stringify(n);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
