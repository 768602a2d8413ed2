/**
 * A hung Postgres under read and write load (issue 15, item 13): every process of the test's own
 * Postgres is frozen with SIGSTOP for longer than the apps' statement timeout (3 s here, 10 s by
 * default), so connections stay open and nothing answers, then thawed with SIGCONT.
 *
 * What must hold: no request hangs — each is answered (200 from the cache, or a 503 with
 * Retry-After) within the statement timeout plus the connection and probe timeouts; never a 500
 * or a stack trace; every kind of request succeeds again within 10 s of the thaw; every write
 * answered with success is in the database.
 *
 * Timed assertions are the point here (the issue states the bounds); they are generous.
 */
import { setTimeout as sleep } from "node:timers/promises";

import { describe, expect, it } from "vitest";

import type { Cluster } from "./cluster";
import { ALLOWED, pollUntil, STREAMS, underFault, UNCACHED, unsavedWrites } from "./load";
import { finalStatus, succeeded, type Sample } from "./traffic";

// The apps' statement timeout in the cluster (3 s, and the client's 1 s more), the pool's wait
// for a connection (5 s) and the proxy's probe (2 s): no answer may take longer than their sum.
const ANSWER_WITHIN_MS = 4_000 + 5_000 + 2_000;
// Longer than that, so a request that waited for the thaw instead of giving up fails the test.
const FROZEN_MS = ANSWER_WITHIN_MS + 3_000;
const RECOVERY_MS = 10_000;

const run = `hang${Date.now().toString(36)}`;

let cluster: Cluster;
let samples: Sample[] = [];
let frozenAt = 0;
let thawedAt = 0;

const chain = (s: Sample) => s.statuses.join("→");
const of = (stream: string) => samples.filter((s) => s.stream === stream);
const duringFreeze = (s: Sample) => s.ended > frozenAt && s.started < thawedAt;

function recoveredAt(stream: string): number | null {
  return of(stream).find((s) => s.started >= thawedAt && succeeded(s))?.ended ?? null;
}

function report(): void {
  const lines = ["", `Postgres frozen for ${FROZEN_MS / 1000} s under load — figures`];
  for (const stream of Object.values(STREAMS)) {
    const during = of(stream).filter(duringFreeze);
    const counts = new Map<string, number>();
    for (const s of during) counts.set(chain(s), (counts.get(chain(s)) ?? 0) + 1);
    const slowest = Math.max(0, ...of(stream).map((s) => s.ended - s.started));
    const recovered = recoveredAt(stream);
    lines.push(
      `  ${stream}: while frozen ${[...counts].map(([k, v]) => `${k} ×${v}`).join(", ") || "none"}; slowest ${slowest} ms; first success after the thaw ${recovered === null ? "never" : `+${recovered - thawedAt} ms`}`,
    );
  }
  console.log(lines.join("\n"));
}

underFault(run, {
  started: (c) => (cluster = c),
  fault: async (traffic) => {
    frozenAt = Date.now();
    await cluster.freezePostgres();
    await sleep(FROZEN_MS);
    await cluster.thawPostgres();
    thawedAt = Date.now();
    await pollUntil(() => {
      samples = traffic.samples;
      return Object.values(STREAMS).every((s) => recoveredAt(s) !== null);
    }, 2 * RECOVERY_MS);
  },
  mend: () => cluster.thawPostgres(),
  done: (all) => {
    samples = all;
    report();
  },
});

describe("Postgres hung (SIGSTOP) under read and write load", () => {
  it("saw the hang in every request that needs the database", () => {
    for (const stream of UNCACHED)
      expect(
        of(stream).some((s) => duringFreeze(s) && finalStatus(s) === 503),
        stream,
      ).toBe(true);
  });

  it(`answered every request within ${ANSWER_WITHIN_MS / 1000} s: nothing hung`, () => {
    const slow = samples.filter((s) => s.ended - s.started > ANSWER_WITHIN_MS);
    expect(slow.map((s) => `${s.stream}: ${chain(s)} after ${s.ended - s.started} ms`)).toEqual([]);
  });

  it("answered only 200 or 503 with Retry-After, never a 500, no answer or a stack trace", () => {
    expect(
      samples.filter((s) => !ALLOWED.test(chain(s))).map((s) => `${s.stream}: ${chain(s)}`),
    ).toEqual([]);
    expect(samples.filter((s) => !succeeded(s) && !s.retryAfter).map((s) => s.stream)).toEqual([]);
    expect(samples.filter((s) => s.problem).map((s) => `${s.stream}: ${s.problem}`)).toEqual([]);
  });

  it(`recovered within ${RECOVERY_MS / 1000} s of the thaw, without restarting the apps`, () => {
    for (const stream of Object.values(STREAMS)) {
      const at = recoveredAt(stream);
      expect(at, `${stream} never succeeded again`).not.toBeNull();
      expect(at! - thawedAt, stream).toBeLessThanOrEqual(RECOVERY_MS);
    }
    for (const app of cluster.apps) expect(app.child.exitCode, app.name).toBeNull();
  });

  it("lost no acknowledged write", async () => {
    expect(samples.some((s) => s.acknowledged)).toBe(true);
    expect(await unsavedWrites(cluster, samples)).toEqual([]);
  });
});
