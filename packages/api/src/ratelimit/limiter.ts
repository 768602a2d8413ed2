import { Prisma, type Db } from "@kz/db";

import type { Bucket } from "./buckets";
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

/** A bucket's decision, for the response headers. */
export interface BucketDecision extends Decision {
  bucket: Bucket;
}

/**
 * Takes `cost` points from each bucket in turn, narrowest first, in one statement: a bucket is
 * charged only if every narrower one allowed the call, so a client refused by its own bucket spends
 * nothing of the shared ones. Returns a decision for each bucket charged; the call is allowed if
 * all were charged and all allow it.
 */
export async function consumeAll(
  db: Db,
  buckets: readonly Bucket[],
  cost: number,
): Promise<{ allowed: boolean; decisions: BucketDecision[] }> {
  if (buckets.length === 0) return { allowed: true, decisions: [] };
  if (buckets.length === 1) {
    const [bucket] = buckets as [Bucket];
    const decision = await consume(db, bucket.key, cost, bucket.window);
    return { allowed: decision.allowed, decisions: [{ ...decision, bucket }] };
  }
  // One data-modifying CTE per bucket; each inserts only if the one before came back within its
  // limit (a CTE reads the RETURNING of an earlier one).
  const steps = buckets.map((bucket, i) => {
    const source =
      i === 0
        ? Prisma.sql`(SELECT set_config('synchronous_commit', 'off', true)) AS unflushed`
        : Prisma.sql`${Prisma.raw(`b${i - 1}`)} WHERE ${Prisma.raw(`b${i - 1}`)}.points <= ${buckets[i - 1]!.window.points}`;
    return Prisma.sql`${Prisma.raw(`b${i}`)} AS (
      INSERT INTO "RateLimit" AS r (key, points, "expiresAt")
      SELECT ${bucket.key}, ${cost}::int, now() + make_interval(secs => ${bucket.window.windowSeconds})
      FROM ${source}
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN r."expiresAt" <= now() THEN EXCLUDED.points ELSE r.points + EXCLUDED.points END,
        "expiresAt" = CASE WHEN r."expiresAt" <= now() THEN EXCLUDED."expiresAt" ELSE r."expiresAt" END
      RETURNING r.points, (EXTRACT(EPOCH FROM (r."expiresAt" - now())) * 1000)::float8 AS "retryAfterMs")`;
  });
  const results = Prisma.join(
    buckets.map(
      (_, i) =>
        Prisma.sql`SELECT ${i}::int AS i, points, "retryAfterMs" FROM ${Prisma.raw(`b${i}`)}`,
    ),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<{ i: number; points: number; retryAfterMs: number }[]>`
    WITH ${Prisma.join(steps, ", ")} ${results}`;
  const decisions = rows
    .sort((a, b) => a.i - b.i)
    .map((row) => decisionOf(buckets[row.i]!, row.points, row.retryAfterMs));
  const allowed = decisions.length === buckets.length && decisions.every((d) => d.allowed);
  return { allowed, decisions };
}

/**
 * The buckets' state without charging them: a conditional read asks first, and pays only if its
 * answer is not a 304. Allowed when no bucket has used up its window.
 */
export async function peekAll(
  db: Db,
  buckets: readonly Bucket[],
): Promise<{ allowed: boolean; decisions: BucketDecision[] }> {
  if (buckets.length === 0) return { allowed: true, decisions: [] };
  const rows = await db.$queryRaw<{ key: string; points: number; retryAfterMs: number }[]>`
    SELECT key, points, (EXTRACT(EPOCH FROM ("expiresAt" - now())) * 1000)::float8 AS "retryAfterMs"
    FROM "RateLimit" WHERE key = ANY(${buckets.map((b) => b.key)}::text[]) AND "expiresAt" > now()`;
  const decisions = buckets.map((bucket) => {
    const row = rows.find((r) => r.key === bucket.key);
    return decisionOf(
      bucket,
      row?.points ?? 0,
      row?.retryAfterMs ?? bucket.window.windowSeconds * 1000,
    );
  });
  // Peeking, `used` is what was spent before this call: one more must still fit.
  const peeked = decisions.map((d) => ({ ...d, allowed: d.used < d.limit }));
  return { allowed: peeked.every((d) => d.allowed), decisions: peeked };
}

function decisionOf(bucket: Bucket, used: number, retryAfterMs: number): BucketDecision {
  return {
    bucket,
    allowed: used <= bucket.window.points,
    used,
    limit: bucket.window.points,
    remaining: Math.max(0, bucket.window.points - used),
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  };
}
