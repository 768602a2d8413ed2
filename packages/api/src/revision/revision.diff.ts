import diff from "microdiff";

import type { Relation } from "../collections";
import type { RevisionChange } from "./revision.schema";
import { wordDiff } from "./word-diff";

/** The title of a linked record, or undefined for one that no longer exists. */
export type NameOf = (entityType: Relation["to"], id: string) => string | undefined;

const KINDS = { CREATE: "added", REMOVE: "removed", CHANGE: "changed" } as const;

const asObject = (v: unknown) =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const isPrimitive = (v: unknown) => v === null || typeof v !== "object";
const equal = (a: unknown, b: unknown) => diff({ v: a }, { v: b }).length === 0;
/** Text worth comparing word by word rather than as two blocks. */
const isLongText = (a: unknown, b: unknown) =>
  typeof a === "string" &&
  typeof b === "string" &&
  (a.length > 80 || b.length > 80 || a.includes("\n") || b.includes("\n"));

interface Item {
  /** What tells this item from the others: the same key in both versions is the same item. */
  key: string;
  value: unknown;
  /** How the history names it: a linked record's title, or the value. */
  text: string;
}

/** A list's items keyed by identity; repeats (a source cited twice) get an occurrence number. */
function itemsOf(list: unknown[], identify: (v: unknown) => string, name: (v: unknown) => string) {
  const seen = new Map<string, number>();
  return list.map((value): Item => {
    const id = identify(value);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return { key: `${id}#${n}`, value, text: name(value) };
  });
}

/** A list's changes matched by identity: added and removed items, changed ones, a new order. */
function listChanges(field: string, before: Item[], after: Item[]): RevisionChange[] {
  const old = new Map(before.map((i) => [i.key, i]));
  const now = new Map(after.map((i) => [i.key, i]));
  const item = (kind: RevisionChange["kind"], a?: Item, b?: Item): RevisionChange => ({
    path: field,
    field,
    kind,
    before: a?.text,
    after: b?.text,
    item: true,
  });
  const changes = [
    ...before.filter((i) => !now.has(i.key)).map((i) => item("removed", i)),
    ...after.flatMap((i) => {
      const was = old.get(i.key);
      if (!was) return [item("added", undefined, i)];
      return equal(was.value, i.value) ? [] : [item("changed", was, i)];
    }),
  ];
  const kept = (items: Item[], other: Map<string, Item>) =>
    items.filter((i) => other.has(i.key)).map((i) => i.key);
  if (!changes.length && kept(before, now).join() !== kept(after, old).join())
    changes.push({
      path: field,
      field,
      kind: "changed",
      before: before.map((i) => i.text).join(", "),
      after: after.map((i) => i.text).join(", "),
      item: false,
    });
  return changes;
}

/** How an item of a relation reads: "Human Rights Watch (witness)", "“Report” — p. 4". */
function describeLinked(relation: Relation, nameOf: NameOf) {
  return (value: unknown) => {
    const fields = asObject(value);
    const id = String(relation.idKey ? fields[relation.idKey] : value);
    const name = nameOf(relation.to, id);
    const title = name === undefined ? `a deleted ${relation.noun} (${id})` : `“${name}”`;
    const identity = (relation.identity ?? []).map((k) => fields[k]).filter(Boolean);
    const details = Object.entries(fields)
      .filter(([k, v]) => k !== relation.idKey && !relation.identity?.includes(k) && v)
      .map(([, v]) => String(v));
    return [
      title,
      identity.length ? ` (${identity.join(", ")})` : "",
      details.length ? ` — ${details.join("; ")}` : "",
    ].join("");
  };
}

/**
 * What changed from one snapshot of a record to another, field by field, as an editor reads it:
 * links to other records by their titles, lists matched by identity ("added source “Report”"
 * rather than "changed item 0, added item 1"), long text word by word.
 */
export function diffSnapshots(
  a: unknown,
  b: unknown,
  relations: Readonly<Record<string, Relation>> = {},
  nameOf: NameOf = () => undefined,
): RevisionChange[] {
  const before = asObject(a);
  const after = asObject(b);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.flatMap((field): RevisionChange[] => {
    const x = before[field];
    const y = after[field];
    if (equal(x, y)) return [];
    const relation = relations[field];
    const lists = (x === undefined || Array.isArray(x)) && (y === undefined || Array.isArray(y));
    if (relation && lists) {
      const describe = describeLinked(relation, nameOf);
      const identify = (v: unknown) => {
        const o = asObject(v);
        return relation.idKey
          ? JSON.stringify([o[relation.idKey], ...(relation.identity ?? []).map((k) => o[k])])
          : String(v);
      };
      return listChanges(
        field,
        itemsOf((x as unknown[]) ?? [], identify, describe),
        itemsOf((y as unknown[]) ?? [], identify, describe),
      );
    }
    const values = (v: unknown) => (v as unknown[]).every(isPrimitive);
    if (Array.isArray(x) && Array.isArray(y) && values(x) && values(y))
      return listChanges(field, itemsOf(x, String, String), itemsOf(y, String, String));
    if (isPrimitive(x) && isPrimitive(y)) {
      const kind = x === undefined ? "added" : y === undefined ? "removed" : "changed";
      return [
        {
          path: field,
          field,
          kind,
          before: x,
          after: y,
          item: false,
          ...(isLongText(x, y) ? { words: wordDiff(x as string, y as string) } : {}),
        },
      ];
    }
    // Nested values with no declared identity: by path, as stored.
    return diff({ [field]: x }, { [field]: y }).map((d) => ({
      path: d.path.join("."),
      field,
      kind: KINDS[d.type],
      before: d.type === "CREATE" ? undefined : d.oldValue,
      after: d.type === "REMOVE" ? undefined : d.value,
      item: false,
    }));
  });
}
