import { isDatabaseUnavailable } from "./classify";

/**
 * Whether this process can reach its database, as far as it has seen: one object per process,
 * shared by every bundle in it. In a Next.js server the proxy (which answers 503 to page requests
 * while the database is down) and the pages (whose database pool reports lost connections) are
 * separate bundles with their own module instances, so the state lives on `globalThis`.
 *
 * Healthy is the default and costs nothing: no probe runs until a connection is lost. From then
 * on `check()` probes the database, at most one probe at a time and one per `PROBE_INTERVAL_MS`,
 * until a probe gets through.
 */
export interface DatabaseHealth {
  /** False from a lost connection until a probe gets through again. */
  readonly available: boolean;
  /** Records an error; only one that means the database is unavailable changes anything. */
  observe(error: unknown): void;
  /** Available now? Probes the database if it was not, and remembers the answer. */
  check(): Promise<boolean>;
  /** How `check()` reaches the database: set by `createDb` (the last pool created wins). */
  setProbe(probe: () => Promise<unknown>): void;
}

const PROBE_INTERVAL_MS = 250;
// Answer within a few seconds even when the server accepts connections but never replies.
const PROBE_TIMEOUT_MS = 2_000;

const KEY = Symbol.for("kz.db.health");

function withTimeout(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.trim().split("\n").pop() || error.name : "unknown";
}

function createHealth(): DatabaseHealth {
  let available = true;
  let probe: (() => Promise<unknown>) | null = null;
  let probing: Promise<boolean> | null = null;
  let lastProbeAt = 0;

  const markUnavailable = (error: unknown) => {
    if (!available) return;
    available = false;
    console.warn(`[db] database unavailable (${describe(error)}); answering 503 until it is back`);
  };
  const markAvailable = () => {
    if (available) return;
    available = true;
    console.warn("[db] database reachable again");
  };

  return {
    get available() {
      return available;
    },
    observe(error) {
      if (isDatabaseUnavailable(error)) markUnavailable(error);
    },
    setProbe(next) {
      probe = next;
    },
    check() {
      if (available || !probe) return Promise.resolve(available);
      if (probing) return probing;
      if (Date.now() - lastProbeAt < PROBE_INTERVAL_MS) return Promise.resolve(false);
      const run = probe;
      probing = (async () => {
        try {
          await withTimeout(run(), PROBE_TIMEOUT_MS);
          markAvailable();
        } catch {
          // Still down; the error that marked it unavailable was already reported.
        } finally {
          lastProbeAt = Date.now();
          probing = null;
        }
        return available;
      })();
      return probing;
    },
  };
}

/** This process's database health (created on first use). */
export function databaseHealth(): DatabaseHealth {
  const holder = globalThis as { [KEY]?: DatabaseHealth };
  return (holder[KEY] ??= createHealth());
}
