import type { Figure, Scenario } from "../types";
import { load, loadTool } from "../lib/load";
import { ZHANAOZEN_SLUG } from "../lib/pages";

const CONNECTIONS = 32;
const SECONDS = 10;

const trpcGet = (base: string, procedure: string, input: unknown) =>
  `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** The public API's reads as a program calls them: plain HTTP GETs of the public site's /api/trpc. */
export const apiReads: Scenario = {
  id: "api-reads",
  title: "Public tRPC reads over HTTP",
  run: async (context) => {
    const calls = [
      { name: "event.list", input: { limit: 20 } },
      { name: "event.bySlug", input: { slug: ZHANAOZEN_SLUG } },
      { name: "search.query", input: { q: "Zhanaozen" } },
    ];
    const figures: Figure[] = [];
    for (const call of calls) {
      const url = trpcGet(context.webUrl, call.name, call.input);
      const check = await fetch(url);
      if (check.status !== 200)
        throw new Error(`${call.name} answered ${check.status}: ${await check.text()}`);
      context.log(`${call.name}: ${CONNECTIONS} connections for ${SECONDS}s`);
      const result = await load(url, { connections: CONNECTIONS, durationSeconds: SECONDS });
      figures.push(
        { name: `${call.name} req/s`, value: result.requestsPerSecond, unit: "req/s" },
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
      title: "Public tRPC reads over HTTP",
      method:
        `${await loadTool()}, ${CONNECTIONS} connections for ${SECONDS}s per call, GET ${context.webUrl}/api/trpc/<procedure>?input=…; ` +
        "every call also counts against the Postgres-backed rate limit (limits raised for the run, the counting still happens).",
      figures,
    };
  },
};
