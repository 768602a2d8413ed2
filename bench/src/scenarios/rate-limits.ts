// Rate limits that do not punish honest readers, measured: the REST handler with the default limits
// and TRUST_PROXY off, served by plain node:http on a spare port (no Next build needed; the address
// is filled in as `next start` does). One client floods from its connection while an honest reader
// elsewhere polls once every 100 ms: first one list (which the micro-cache answers), then a list
// with the micro-cache off (every call counted); then conditional reads flood.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

import { createContext, defaultApiLimits } from "@kz/api";
import { createRestHandler, serveLocally } from "@kz/api/rest";
import type { Db } from "@kz/db";
import { seedDocument } from "@kz/db/seed";
import { createTestDatabase } from "@kz/db/testing";

import type { Figure, Scenario } from "../types";

const CONNECTIONS = 16;
const SECONDS = 8;
const HONEST_EVERY_MS = 100;
const autocannonBin = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

/** The REST handler with the default limits on a local port (X-Forwarded-For as next start). */
const serve = (db: Db, microCacheMs?: number) =>
  serveLocally(
    createRestHandler({
      db,
      microCacheMs,
      limits: defaultApiLimits(),
      identify: async (_req, ip) => ({
        caller: { kind: "anonymous" },
        context: createContext({ db, user: null, siteUrl: "http://127.0.0.1", ip }),
      }),
    }),
  );

/** autocannon in a child process: requests per second and the count of each status. */
async function flood(url: string, headers: Record<string, string> = {}) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      autocannonBin,
      "--json",
      "-c",
      String(CONNECTIONS),
      "-d",
      String(SECONDS),
      ...Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]),
      url,
    ],
    { maxBuffer: 16 << 20 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    statusCodeStats: Record<string, { count: number }>;
  };
  const count = (status: string) => result.statusCodeStats[status]?.count ?? 0;
  return {
    perSecond: result.requests.average,
    ok: count("200"),
    notModified: count("304"),
    refused: count("429"),
  };
}

/** An honest reader at another address, polling until `stop` resolves: its answers' statuses. */
async function honestReader(url: string, stop: Promise<unknown>): Promise<number[]> {
  const statuses: number[] = [];
  let done = false;
  void stop.then(() => (done = true));
  while (!done) {
    const response = await fetch(url, { headers: { "x-forwarded-for": "198.51.100.7" } });
    statuses.push(response.status);
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, HONEST_EVERY_MS));
  }
  return statuses;
}

export const rateLimits: Scenario = {
  id: "rate-limits",
  title: "Rate limits under one busy client (REST, default limits, TRUST_PROXY off)",
  phase: "standalone",
  run: async () => {
    const database = await createTestDatabase("kz_bench_limits");
    const server = await serve(database.db);
    // The same handler without its micro-cache: every call counted, as for distinct URLs.
    const uncachedServer = await serve(database.db, 0);
    try {
      await seedDocument(database.db);
      const events = `${server.url}/api/v1/events?limit=20`;
      const during = async (url: string) => {
        await database.db.$executeRaw`DELETE FROM "RateLimit"`;
        const busy = flood(url);
        // The honest reader asks the cached server either way: both count in the same Postgres.
        const honest = await honestReader(events, busy);
        return { busy: await busy, honest };
      };
      const cached = await during(events);
      const uncached = await during(`${uncachedServer.url}/api/v1/topics`);
      await database.db.$executeRaw`DELETE FROM "RateLimit"`;
      const etag = (await fetch(events)).headers.get("etag")!;
      const conditional = await flood(events, { "If-None-Match": etag });
      const servedShare = (statuses: number[]) =>
        Math.round((100 * statuses.filter((s) => s === 200).length) / Math.max(1, statuses.length));
      const figures: Figure[] = [
        { name: "one list, busy client req/s", value: cached.busy.perSecond, unit: "req/s" },
        { name: "one list, busy client answers 429", value: cached.busy.refused, unit: "" },
        {
          name: "one list, honest reader served",
          value: servedShare(cached.honest),
          unit: "%",
          target: { op: "==", value: 100 },
        },
        { name: "uncached, busy client req/s", value: uncached.busy.perSecond, unit: "req/s" },
        {
          name: "uncached, busy client answered (not 429)",
          value: uncached.busy.ok,
          unit: "",
          target: { op: "<=", value: defaultApiLimits().public.points },
        },
        { name: "uncached, busy client answers 429", value: uncached.busy.refused, unit: "" },
        {
          name: "uncached, honest reader served",
          value: servedShare(uncached.honest),
          unit: "%",
          target: { op: "==", value: 100 },
        },
        { name: "conditional reads req/s", value: conditional.perSecond, unit: "req/s" },
        { name: "conditional reads answered 304", value: conditional.notModified, unit: "" },
        {
          name: "conditional reads refused (429)",
          value: conditional.refused,
          unit: "",
          target: { op: "==", value: 0 },
        },
      ];
      return {
        id: "rate-limits",
        title: rateLimits.title,
        method:
          `autocannon (child process), ${CONNECTIONS} connections for ${SECONDS}s against createRestHandler ` +
          `on node:http (no Next), default limits (${defaultApiLimits().public.points}/min per address, ` +
          `${defaultApiLimits().publicGlobal.points}/min all together); an honest reader at another address ` +
          `polls every ${HONEST_EVERY_MS} ms meanwhile. Floods: GET /api/v1/events?limit=20 ` +
          "(micro-cached), GET /api/v1/topics from a handler without the micro-cache (every call counted), " +
          "the events list with If-None-Match. The honest reader reads the events list.",
        figures,
        notes: [
          `honest reader's statuses, one list: ${JSON.stringify(countBy(cached.honest))}`,
          `honest reader's statuses, uncached: ${JSON.stringify(countBy(uncached.honest))}`,
        ],
      };
    } finally {
      await server.close();
      await uncachedServer.close();
      await database.drop();
    }
  },
};

const countBy = (values: number[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
