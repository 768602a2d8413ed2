// A moment's memory of REST answers in this process, as nginx keeps pages for a second: a burst of
// the same read (a dashboard polling, many readers of one list) costs one database query per
// address per moment, and no rate-limit count at all. Answers differ by URL only (the REST API is
// anonymous and never personal), so the URL is the key.

interface Entry {
  body: string;
  expires: number;
}

export interface MicroCache {
  get(key: string): string | undefined;
  set(key: string, body: string): void;
}

/**
 * At most `entries` answers, each kept `ttlMs`. A publish shows in REST reads at most `ttlMs`
 * later than in the database (the Cache-Control of the answer already allows a minute more).
 */
export function createMicroCache(ttlMs: number, entries = 500, now = Date.now): MicroCache {
  const map = new Map<string, Entry>();
  return {
    get(key) {
      const entry = map.get(key);
      if (!entry) return undefined;
      if (entry.expires > now()) return entry.body;
      map.delete(key);
      return undefined;
    },
    set(key, body) {
      map.delete(key);
      // A Map iterates in insertion order: the first key is the oldest entry.
      if (map.size >= entries) map.delete(map.keys().next().value!);
      map.set(key, { body, expires: now() + ttlMs });
    },
  };
}
