import diff from "microdiff";

import type { RevisionChange } from "./revision.schema";

const KINDS = { CREATE: "added", REMOVE: "removed", CHANGE: "changed" } as const;

/** Field-by-field changes from one snapshot to another. */
export function diffSnapshots(a: unknown, b: unknown): RevisionChange[] {
  const asObject = (v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  return diff(asObject(a), asObject(b)).map((d) => ({
    path: d.path.join("."),
    field: String(d.path[0]),
    kind: KINDS[d.type],
    before: d.type === "CREATE" ? undefined : d.oldValue,
    after: d.type === "REMOVE" ? undefined : d.value,
  }));
}
