import type { Figure, Scenario } from "../types";
import { load, loadTool } from "../lib/load";
import { ZHANAOZEN_SLUG } from "../lib/pages";

const CONNECTIONS = 20;
const SECONDS = 10;

const trpcGet = (base: string, procedure: string, input: unknown) =>
  `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** The REST read issue 17 set a figure for: at least this many a second from `next start` alone. */
const REST_TARGET = 500;

/**
 * The public API's reads as a program calls them: plain HTTP GETs of the public site's /api/trpc,
 * and of the same reads over REST (/api/v1, answered from the process's micro-cache when repeated).
 */
export const apiReads: Scenario = {
  id: "api-reads",
  title: "Public API reads over HTTP",
  run: async (context) => {
    const calls = [
      { name: "event.list", url: trpcGet(context.webUrl, "event.list", { limit: 20 }) },
      {
        name: "event.bySlug",
        url: trpcGet(context.webUrl, "event.bySlug", { slug: ZHANAOZEN_SLUG }),
      },
      { name: "search.query", url: trpcGet(context.webUrl, "search.query", { q: "Zhanaozen" }) },
      { name: "GET /api/v1/events", url: `${context.webUrl}/api/v1/events`, target: REST_TARGET },
      {
        name: `GET /api/v1/events/{slug}`,
        url: `${context.webUrl}/api/v1/events/${ZHANAOZEN_SLUG}`,
        target: REST_TARGET,
      },
    ];
    const figures: Figure[] = [];
    for (const call of calls) {
      const url = call.url;
      const check = await fetch(url);
      if (check.status !== 200)
        throw new Error(`${call.name} answered ${check.status}: ${await check.text()}`);
      context.log(`${call.name}: ${CONNECTIONS} connections for ${SECONDS}s`);
      const result = await load(url, { connections: CONNECTIONS, durationSeconds: SECONDS });
      figures.push(
        {
          name: `${call.name} req/s`,
          value: result.requestsPerSecond,
          unit: "req/s",
          ...(call.target ? { target: { op: ">=" as const, value: call.target } } : {}),
        },
        { name: `${call.name} p50`, value: result.p50Ms, unit: "ms" },
        { name: `${call.name} p99`, value: result.p99Ms, unit: "ms" },
        {
          name: `${call.name} errors`,
          value: result.errors,
          unit: "",
          target: { op: "==", value: 0 },
        },
      );
    }
    return {
      id: "api-reads",
      title: "Public API reads over HTTP",
      method:
        `${await loadTool()}, ${CONNECTIONS} connections for ${SECONDS}s per call, GET ${context.webUrl}/api/trpc/<procedure>?input=… and /api/v1/…; ` +
        "every tRPC call and every REST answer computed afresh counts against the Postgres-backed rate limit (limits raised for the run, the counting still happens); a repeated REST read within 1 s is answered from the process's micro-cache, uncounted.",
      figures,
    };
  },
};
