/**
 * Postgres restarted under read and write load (issue 7, item 6). Both built apps and the job
 * worker run against a Postgres of this test's own; it is stopped for about 3 s while requests keep
 * coming, then started again. The apps are never restarted.
 *
 * What must hold: while the database is down every request answers fast with a clear 503 and a
 * Retry-After (never a 500, a hang, or a stack trace); after it is back, every kind of request
 * succeeds again within 10 s; every write that was answered with success is in the database; the
 * job worker runs again. The figures (timings, statuses seen) are printed at the end.
 *
 * Timed assertions are the point here (the issue states the bounds); they are generous.
 */
import { setTimeout as sleep } from "node:timers/promises";

import { describe, expect, it } from "vitest";

import type { Cluster } from "./cluster";
import { ALLOWED, pollUntil, STREAMS, underFault, UNCACHED, unsavedWrites } from "./load";
import { exchange, finalStatus, succeeded, type Sample } from "./traffic";

const DOWN_MS = 3_000;
const FAIL_FAST_MS = 5_000;
const RECOVERY_MS = 10_000;

const run = Date.now().toString(36);

interface Timeline {
  /** Postgres was told to stop, had stopped, was told to start, answered again. */
  stopAsked: number;
  stopped: number;
  startAsked: number;
  up: number;
}

let cluster: Cluster;
let samples: Sample[] = [];
let timeline: Timeline;
let coldSitemap: Sample;

const of = (stream: string) => samples.filter((s) => s.stream === stream);
const chain = (s: Sample) => s.statuses.join("→");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The first request started after Postgres was back that succeeded: when it ended. */
function recoveredAt(stream: string): number | null {
  return of(stream).find((s) => s.started >= timeline.up && succeeded(s))?.ended ?? null;
}

function everyStreamRecovered(): boolean {
  return Object.values(STREAMS).every((s) => recoveredAt(s) !== null);
}

function histogram(list: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(chain(s), (counts.get(chain(s)) ?? 0) + 1);
  return [...counts].map(([k, v]) => `${k} ×${v}`).join(", ");
}

function report(): void {
  const lines = [
    "",
    "Postgres restart under load — figures",
    `  stop took ${seconds(timeline.stopped - timeline.stopAsked)}; down ${seconds(timeline.up - timeline.stopped)} (start took ${seconds(timeline.up - timeline.startAsked)})`,
  ];
  for (const stream of Object.values(STREAMS)) {
    const list = of(stream);
    const during = list.filter((s) => s.ended > timeline.stopAsked && s.started < timeline.up);
    const failing = list.filter((s) => !succeeded(s));
    const recovered = recoveredAt(stream);
    lines.push(
      `  ${stream}: ${list.length} requests`,
      `    during the outage: ${histogram(during) || "none"}`,
      `    slowest failing answer: ${failing.length ? seconds(Math.max(...failing.map((s) => s.ended - s.started))) : "none failed"}; slowest of all: ${seconds(Math.max(...list.map((s) => s.ended - s.started)))}`,
      `    first success after Postgres was back: ${recovered === null ? "never" : `+${seconds(recovered - timeline.up)}`}`,
    );
  }
  const acknowledged = samples.filter((s) => s.acknowledged).length;
  lines.push(
    `  writes acknowledged: ${acknowledged}`,
    `  job worker: ${cluster.worker.completedAt.filter((t) => t >= timeline.up).length} publishDue runs after the restart, ${cluster.worker.errors.length} errors logged`,
  );
  console.log(lines.join("\n"));
}

underFault(run, {
  started: (c) => (cluster = c),
  fault: async (traffic) => {
    const stopAsked = Date.now();
    await cluster.stopPostgres();
    const stopped = Date.now();
    // Nothing has asked for the sitemap yet: its lists are a cache miss during the outage.
    coldSitemap = await exchange("sitemap, first asked during the outage", {
      url: `${cluster.web}/sitemap.xml`,
    });
    await sleep(Math.max(0, DOWN_MS - (Date.now() - stopped)));
    const startAsked = Date.now();
    await cluster.startPostgres();
    timeline = { stopAsked, stopped, startAsked, up: Date.now() };
    // Long enough to see a recovery well past the bound fail the test rather than time it out.
    await pollUntil(() => {
      samples = traffic.samples;
      const workerBack = cluster.worker.completedAt.some((t) => t >= timeline.up);
      return everyStreamRecovered() && workerBack;
    }, 2 * RECOVERY_MS);
  },
  done: (all) => {
    samples = all;
    report();
  },
});

describe("Postgres restarted under read and write load", () => {
  it("served everything before the restart (the load itself is sound)", () => {
    const before = samples.filter((s) => s.ended < timeline.stopAsked);
    for (const stream of Object.values(STREAMS))
      expect(before.some((s) => s.stream === stream)).toBe(true);
    expect(before.filter((s) => !succeeded(s)).map(chain)).toEqual([]);
  });

  it("saw the outage in every request that needs the database", () => {
    for (const stream of UNCACHED) {
      expect(
        of(stream).some((s) => finalStatus(s) === 503),
        stream,
      ).toBe(true);
    }
  });

  it("answered only 200 or 503 (pages by way of their ?unavailable URL), never a 500 or no answer", () => {
    const wrong = samples
      .filter((s) => !ALLOWED.test(chain(s)))
      .map((s) => `${s.stream}: ${chain(s)}`);
    expect(wrong).toEqual([]);
  });

  it("answered a sitemap it had never cached with 503 and Retry-After, not a 500", () => {
    expect(chain(coldSitemap)).toBe("503");
    expect(coldSitemap.retryAfter).not.toBeNull();
    expect(coldSitemap.problem).toBeNull();
  });

  it("never showed a stack trace, a server path or a raw database error", () => {
    expect(samples.filter((s) => s.problem).map((s) => `${s.stream}: ${s.problem}`)).toEqual([]);
  });

  it(`answered every failure within ${FAIL_FAST_MS / 1000} s, with Retry-After`, () => {
    const failing = samples.filter((s) => !succeeded(s));
    const slow = failing.filter((s) => s.ended - s.started > FAIL_FAST_MS);
    expect(slow.map((s) => `${s.stream}: ${s.ended - s.started} ms`)).toEqual([]);
    expect(failing.filter((s) => !s.retryAfter).map((s) => s.stream)).toEqual([]);
  });

  it(`recovered within ${RECOVERY_MS / 1000} s of Postgres being back, without restarting the apps`, () => {
    for (const stream of Object.values(STREAMS)) {
      const at = recoveredAt(stream);
      expect(at, `${stream} never succeeded again`).not.toBeNull();
      expect(at! - timeline.up, stream).toBeLessThanOrEqual(RECOVERY_MS);
    }
    for (const app of cluster.apps) expect(app.child.exitCode, app.name).toBeNull();
  });

  it("lost no acknowledged write", async () => {
    expect(samples.some((s) => s.acknowledged)).toBe(true);
    expect(await unsavedWrites(cluster, samples)).toEqual([]);
  });

  it("kept the job worker running: it published again after the restart", () => {
    expect(cluster.worker.completedAt.some((t) => t >= timeline.up)).toBe(true);
  });
});
