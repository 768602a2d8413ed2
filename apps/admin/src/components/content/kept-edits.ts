// Edits an autosave could not send (no network, the server down) are kept in the browser's
// localStorage until a save goes through, so a lost connection or a reload loses nothing.

/** Edits kept on this device: the form's values and the version they were made on. */
export interface KeptEdits {
  version: number;
  values: Record<string, unknown>;
  /** When they were kept (ISO). */
  at: string;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** One key per record: "kz-admin:unsaved:/events/<id>". */
export const keptEditsKey = (path: string, id: string) => `kz-admin:unsaved:${path}/${id}`;

/** Keeps the edits; false when the browser refuses (storage full or turned off). */
export function keepEdits(store: Store, key: string, edits: KeptEdits): boolean {
  try {
    store.setItem(key, JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}

/** The edits kept for a record, or null (none, or something unreadable, which is dropped). */
export function keptEdits(store: Store, key: string): KeptEdits | null {
  const raw = store.getItem(key);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const kept = parsed as Partial<KeptEdits> | null;
  if (
    kept &&
    Number.isInteger(kept.version) &&
    typeof kept.at === "string" &&
    kept.values &&
    typeof kept.values === "object" &&
    !Array.isArray(kept.values)
  )
    return kept as KeptEdits;
  store.removeItem(key);
  return null;
}

export const dropEdits = (store: Store, key: string) => store.removeItem(key);

/** The form's top-level fields whose values differ (compared as JSON: form values are plain data). */
export function changedKeys(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * Whether a failed save never reached the server (offline, connection refused), so trying again
 * later may succeed: the browser says it is offline, or fetch itself failed.
 */
export function isNetworkError(error: unknown, online: boolean): boolean {
  if (!online) return true;
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if (e instanceof TypeError || /failed to fetch|networkerror|load failed/i.test(e.message))
      return true;
  return false;
}
