// A moment's memory of REST answers in this process, as nginx keeps pages for a second: a burst of
// the same read (a dashboard polling, many readers of one list) costs one database query per
// address per moment, and no rate-limit count at all. Answers differ by URL only (the REST API is
// anonymous and never personal), so the URL is the key. What is kept is the answer ready to send
// (its bytes and ETag, http.ts), so a repeated read costs no serialising, encoding or hashing.

interface Entry<T> {
  value: T;
  expires: number;
}

export interface MicroCache<T = string> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/**
 * At most `entries` answers, each kept `ttlMs`. A publish shows in REST reads at most `ttlMs`
 * later than in the database (the Cache-Control of the answer already allows a minute more).
 */
export function createMicroCache<T = string>(
  ttlMs: number,
  entries = 500,
  now = Date.now,
): MicroCache<T> {
  const map = new Map<string, Entry<T>>();
  return {
    get(key) {
      const entry = map.get(key);
      if (!entry) return undefined;
      if (entry.expires > now()) return entry.value;
      map.delete(key);
      return undefined;
    },
    set(key, value) {
      map.delete(key);
      // A Map iterates in insertion order: the first key is the oldest entry.
      if (map.size >= entries) map.delete(map.keys().next().value!);
      map.set(key, { value, expires: now() + ttlMs });
    },
  };
}
