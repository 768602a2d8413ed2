/**
 * The read and write load of the fault tests: what each stream asks for, and which answers are
 * acceptable while the database is unavailable.
 */
import { setTimeout as sleep } from "node:timers/promises";

import { afterAll, beforeAll } from "vitest";

import { buildReason } from "../lib/build";
import { startCluster, type Cluster } from "./cluster";
import { succeeded, Traffic, type Sample, type Stream } from "./traffic";

const root = new URL("../..", import.meta.url).pathname;

/**
 * The apps' builds checked, the cluster started and the load running until every stream has
 * succeeded twice (so the cached page is in the cache): what each fault test breaks next.
 */
export async function startWarmLoad(run: string): Promise<{ cluster: Cluster; traffic: Traffic }> {
  const stale = await buildReason(root);
  if (stale)
    throw new Error(
      `Build the apps first (${stale}): npx turbo run build --filter=@kz/web --filter=@kz/admin`,
    );
  const cluster = await startCluster();
  const traffic = new Traffic(loadStreams(cluster, run));
  const warm = () =>
    Object.values(STREAMS).every(
      (stream) => traffic.samples.filter((s) => s.stream === stream && succeeded(s)).length >= 2,
    );
  await pollUntil(warm, 60_000);
  return { cluster, traffic };
}

/** Checks `done` every 250 ms until it holds or `ms` have passed. */
export async function pollUntil(done: () => boolean, ms: number): Promise<void> {
  for (const deadline = Date.now() + ms; !done() && Date.now() < deadline;) await sleep(250);
}

export interface FaultSteps {
  /** The cluster is up and under warm load (the test keeps it for its assertions). */
  started: (cluster: Cluster) => void;
  /** Breaks and mends Postgres while the load goes on. */
  fault: (traffic: Traffic) => Promise<void>;
  /** Runs even when `fault` failed, before the traffic stops: must leave Postgres running. */
  mend?: () => Promise<void>;
  /** Every sample the traffic took, once it has stopped. */
  done: (samples: Sample[]) => void;
}

/**
 * A fault test's frame: before its tests, the cluster under warm load and the fault run on it (and
 * the apps' output printed if any answer was not one allowed); after them, the cluster stopped.
 */
export function underFault(run: string, steps: FaultSteps): void {
  let cluster: Cluster | undefined;
  beforeAll(async () => {
    const started = await startWarmLoad(run);
    cluster = started.cluster;
    steps.started(cluster);
    try {
      await steps.fault(started.traffic);
    } finally {
      await steps.mend?.().catch(() => undefined);
      await started.traffic.stop();
    }
    const samples = started.traffic.samples;
    steps.done(samples);
    // The apps' own account of anything that went wrong.
    if (samples.some((s) => !ALLOWED.test(s.statuses.join("→")) || s.problem))
      console.log(`Apps' output (last 60 lines):\n${cluster.output.slice(-60).join("\n")}`);
  }, 240_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);
}

export const STREAMS = {
  apiRead: "API read (web, anonymous)",
  apiWrite: "API write (admin, token)",
  searchPage: "page, uncached (web /search?q=…)",
  cachedPage: "page, cached (web /events)",
  adminPage: "admin page (/sources)",
} as const;

/** Every stream whose requests need the database, so the outage must show in them. */
export const UNCACHED = [STREAMS.apiRead, STREAMS.apiWrite, STREAMS.searchPage, STREAMS.adminPage];

/** A success; a 503; a page sent back to its `?unavailable` URL, answered 503 or, once the
 * database is back, sent on to the page again. */
export const ALLOWED = /^(?:200|503|307→503|307→307→200)$/;

const writeTitle = (run: string, writer: number, n: number) =>
  `Fault test ${run} writer ${writer} #${n}`;

/** The load both fault tests put on the apps; `run` keeps this run's writes and searches apart. */
export function loadStreams(c: Cluster, run: string): Stream[] {
  const writer = (id: number): Stream => ({
    name: STREAMS.apiWrite,
    next: (n) => ({
      url: `${c.admin}/api/trpc/source.admin.create`,
      init: {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${c.writeToken}`,
        },
        body: JSON.stringify({
          json: {
            title: writeTitle(run, id, n),
            slug: "",
            publisher: "Fault test",
            kind: "news",
            notes: "",
          },
        }),
      },
    }),
    acknowledges: (n) => writeTitle(run, id, n),
  });
  const listInput = encodeURIComponent(JSON.stringify({ json: { limit: 5 } }));
  return [
    {
      name: STREAMS.apiRead,
      next: () => ({ url: `${c.web}/api/trpc/event.list?input=${listInput}` }),
    },
    writer(1),
    writer(2),
    { name: STREAMS.searchPage, next: (n) => ({ url: `${c.web}/search?q=fault${run}n${n}` }) },
    { name: STREAMS.cachedPage, next: () => ({ url: `${c.web}/events` }) },
    {
      name: STREAMS.adminPage,
      next: () => ({ url: `${c.admin}/sources`, init: { headers: { Cookie: c.adminCookie } } }),
    },
  ];
}

/** Writes answered with success that are not in the database. */
export async function unsavedWrites(c: Cluster, samples: Sample[]): Promise<string[]> {
  const acknowledged = samples.flatMap((s) => (s.acknowledged ? [s.acknowledged] : []));
  const saved = await c.db.source.findMany({
    where: { title: { in: acknowledged } },
    select: { title: true },
  });
  const savedTitles = new Set(saved.map((s) => s.title));
  return acknowledged.filter((t) => !savedTitles.has(t));
}
