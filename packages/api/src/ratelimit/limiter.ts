import type { Db } from "@kz/db";

import type { Window } from "./config";

export interface Decision {
  allowed: boolean;
  /** Points used in the current window, this request's included. */
  used: number;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (at least 1): the Retry-After of a refusal. */
  retryAfterSeconds: number;
}

/** Sweep expired counters on about one call in this many. */
const SWEEP_EVERY = 500;

/**
 * Takes `cost` points from the key's fixed window, atomically, in Postgres: every process and
 * every restart shares the count. The clock is the database's, so servers with skewed clocks
 * agree. A refused request still counts, so hammering does not help; the window does not move.
 */
export async function consume(
  db: Db,
  key: string,
  cost: number,
  window: Window,
): Promise<Decision> {
  // Every API call writes here, so the commit skips the wait for the WAL flush
  // (synchronous_commit off for this statement's own transaction only): a crash may forget the
  // last few counts, which a rate limit can afford; the row stays consistent either way.
  const [row] = await db.$queryRaw<{ points: number; retryAfterMs: number }[]>`
    INSERT INTO "RateLimit" AS r (key, points, "expiresAt")
    SELECT ${key}, ${cost}, now() + make_interval(secs => ${window.windowSeconds})
    FROM (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN r."expiresAt" <= now() THEN EXCLUDED.points ELSE r.points + EXCLUDED.points END,
      "expiresAt" = CASE WHEN r."expiresAt" <= now() THEN EXCLUDED."expiresAt" ELSE r."expiresAt" END
    RETURNING r.points,
      (EXTRACT(EPOCH FROM (r."expiresAt" - now())) * 1000)::float8 AS "retryAfterMs"`;
  if (Math.random() * SWEEP_EVERY < 1) {
    void db.$executeRaw`DELETE FROM "RateLimit" WHERE "expiresAt" < now() - interval '1 hour'`.catch(
      () => {},
    );
  }
  const used = row?.points ?? cost;
  return {
    allowed: used <= window.points,
    used,
    limit: window.points,
    remaining: Math.max(0, window.points - used),
    retryAfterSeconds: Math.max(1, Math.ceil((row?.retryAfterMs ?? 0) / 1000)),
  };
}

/** Gives back one point taken in the key's current window (an attempt refused further on). */
export async function refund(db: Db, key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimit" SET points = points - 1
    WHERE key = ${key} AND points > 0 AND "expiresAt" > now()`;
}

/** Forgets a key's count (a successful sign-in clears its failures). */
export async function reset(db: Db, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ${key}`;
}
