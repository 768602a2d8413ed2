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
  /** An answer kept until up to `ttlMs` ago: served only while a fresh one is being computed. */
  stale(key: string): T | undefined;
  set(key: string, value: T): void;
}

/**
 * At most `entries` answers, each kept `ttlMs`, and `ttlMs` more as stale. A publish shows in REST
 * reads at most `ttlMs` plus one computation of the answer (and never more than 2 × `ttlMs`) later
 * than in the database (the Cache-Control of the answer already allows a minute more).
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
      const at = now();
      if (entry.expires > at) return entry.value;
      if (entry.expires + ttlMs <= at) map.delete(key);
      return undefined;
    },
    stale(key) {
      const entry = map.get(key);
      return entry && entry.expires + ttlMs > now() ? entry.value : undefined;
    },
    set(key, value) {
      map.delete(key);
      // A Map iterates in insertion order: the first key is the oldest entry.
      if (map.size >= entries) map.delete(map.keys().next().value!);
      map.set(key, { value, expires: now() + ttlMs });
    },
  };
}

// When a kept answer expires under load, every request for it that arrives before the first one
// has computed it would compute it again (measured: 20 connections on one URL at load 22 made ~55
// database transactions a second instead of ~7, and each answer cost 4-6 ms of CPU instead of
// 1.3-2.3). Requests for a URL whose answer is being computed are served the answer just expired,
// or, when there is none, wait for the new one; either way as from the cache.

export interface InFlight<T> {
  /** The answer being computed for `key`, if any; it settles to undefined if none came of it. */
  join(key: string): Promise<T | undefined> | undefined;
  /** Declares that the caller computes `key`; call the result with the answer, or without one. */
  lead(key: string): (value?: T) => void;
}

export function createInFlight<T>(): InFlight<T> {
  const pending = new Map<string, Promise<T | undefined>>();
  return {
    join: (key) => pending.get(key),
    lead(key) {
      let resolve!: (value: T | undefined) => void;
      const promise = new Promise<T | undefined>((r) => (resolve = r));
      pending.set(key, promise);
      return (value) => {
        // A later leader for the same key keeps its own entry.
        if (pending.get(key) === promise) pending.delete(key);
        resolve(value);
      };
    },
  };
}
