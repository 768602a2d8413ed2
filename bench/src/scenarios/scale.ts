import os from "node:os";
import { performance } from "node:perf_hooks";

import pg from "pg";

import { createCaller, createContext } from "@kz/api";
import type { Db } from "@kz/db";
import { seedDocument } from "@kz/db/seed";
import { seedSynthetic } from "@kz/db/synthetic";
import { createTestDatabase } from "@kz/db/testing";

import { explainAll, queryRecorder, scansOf, seqScansOn } from "../lib/query-plans";
import { percentile } from "../lib/stats";
import type { Figure, Scenario } from "../types";

const EVENTS = 100_000;
const WARM_UP = 20;
const ITERATIONS = 200;
// A call slow enough to blow this is far off its target already; fewer samples say so just as well.
const BUDGET_MS = 20_000;
const PAGE = 20;
const PAGE_NUMBER = 51;
const DEEP_EVENTS = 50_000;
const TOPIC = "protests";
const YEAR = 2015;
/**
 * What readers type, by the language they type in: the records are English, so Russian and
 * Kazakh reach them through transliterated names and the glossary; typos and spelling variants
 * ("Zhanozen", "Nazarbaev") take the correction path, which runs the search twice.
 */
const SEARCH_TERMS = {
  en: [
    "protest",
    "journalist detained",
    "Zhanaozen",
    "religious freedom",
    "torture",
    "Zhanozen",
    "Nazarbaev",
  ],
  ru: ["Жанаозен", "пытки", "забастовка в Жанаозене", "Назарбаев", "свобода религии"],
  kk: ["Жаңаөзен", "азаптау", "ереуіл", "Назарбаев", "дін бостандығы"],
} as const;
const LIST_TARGET_MS = 50;
/**
 * The /events page's filters as a reader combines them; its facet counts should keep up (issue 18).
 * They come from an in-memory index (event.facet-index.ts): the first warm-up call builds it, so the
 * plans below show that build's statements for the first facet case.
 */
const FACET_FILTERS = {
  topic: { topics: [TOPIC] },
  "topic + year": { topics: [TOPIC], years: [YEAR] },
  "two topics + date range": {
    topics: [TOPIC, "religious-freedom"],
    from: `${YEAR - 5}-01-01`,
    to: `${YEAR}-12-31`,
  },
};
const FACET_TARGET_MS = 100;
const TITLE = `At scale: ${EVENTS.toLocaleString("en")} events`;
const SEARCH_TARGET_MS = 100;

type Caller = ReturnType<typeof createCaller>;

interface Operation {
  name: string;
  target: number;
  /** Called with the iteration number, so a call can rotate through inputs. */
  call: (caller: Caller, i: number) => Promise<unknown>;
}

const callerFor = (db: Db, siteUrl: string) =>
  createCaller(createContext({ db, user: null, siteUrl, ip: null }));

/** Follows nextCursor for up to `pages` pages of `limit`; returns the cursor reached and how deep it is. */
async function followCursor(caller: Caller, limit: number, pages: number, budgetMs: number) {
  const started = performance.now();
  let cursor: string | null = null;
  let depth = 0;
  for (let page = 0; page < pages && performance.now() - started < budgetMs; page += 1) {
    const result: { items: unknown[]; nextCursor: string | null } = await caller.event.list({
      limit,
      cursor,
    });
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    depth += result.items.length;
  }
  return { cursor, depth };
}

/** Milliseconds per call, in call order (warm-up calls excluded); fewer when the budget runs out. */
async function time(operation: Operation, caller: Caller): Promise<number[]> {
  const started = performance.now();
  const withinBudget = (fraction: number) => performance.now() - started < BUDGET_MS * fraction;
  for (let i = 0; i < WARM_UP && (i === 0 || withinBudget(0.25)); i += 1)
    await operation.call(caller, i);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS && (i < 5 || withinBudget(1)); i += 1) {
    const t0 = performance.now();
    await operation.call(caller, i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export interface Measured {
  figures: Figure[];
  notes: string[];
  /** How many events precede the deep cursor. */
  deepDepth: number;
}

/**
 * Times each public read through the tRPC server-side caller and explains the SQL it sends.
 * Exported apart from the scenario so a database seeded once can be measured again after a change.
 */
export async function measureScale(
  database: { db: Db; url: string },
  siteUrl: string,
  log: (message: string) => void,
): Promise<Measured> {
  const caller = callerFor(database.db, siteUrl);
  const pageCursor = await followCursor(caller, PAGE, PAGE_NUMBER - 1, Infinity);
  const deep = await followCursor(caller, 100, DEEP_EVENTS / 100, 60_000);
  log(`cursors: page ${PAGE_NUMBER} after ${pageCursor.depth} events, deep after ${deep.depth}`);
  const searches = Object.entries(SEARCH_TERMS).map(([language, terms]) => ({
    terms,
    operation: {
      name: `search.query (${language})`,
      target: SEARCH_TARGET_MS,
      call: (c: Caller, i: number) => c.search.query({ q: terms[i % terms.length]! }),
    } satisfies Operation,
  }));
  const operations: Operation[] = [
    { name: "event.list first page", target: LIST_TARGET_MS, call: (c) => c.event.list({}) },
    {
      name: `event.list page ${PAGE_NUMBER} (cursor)`,
      target: LIST_TARGET_MS,
      call: (c) => c.event.list({ cursor: pageCursor.cursor }),
    },
    {
      name: "event.list deep cursor",
      target: LIST_TARGET_MS,
      call: (c) => c.event.list({ cursor: deep.cursor }),
    },
    {
      name: "event.list topic",
      target: LIST_TARGET_MS,
      call: (c) => c.event.list({ topic: TOPIC }),
    },
    { name: "event.list year", target: LIST_TARGET_MS, call: (c) => c.event.list({ year: YEAR }) },
    {
      name: "event.list topic + year",
      target: LIST_TARGET_MS,
      call: (c) => c.event.list({ topic: TOPIC, year: YEAR }),
    },
    ...searches.map((s) => s.operation),
    ...Object.entries(FACET_FILTERS).map(([name, filter]) => ({
      name: `event.facets ${name}`,
      target: FACET_TARGET_MS,
      call: (c: Caller) => c.event.facets(filter),
    })),
  ];

  const figures: Figure[] = [];
  // Wall-clock figures on a shared machine: say how busy it was.
  const load = () => os.loadavg()[0]!.toFixed(1);
  const notes: string[] = [
    `load average at the start of timing: ${load()} on ${os.cpus().length} cores`,
  ];
  for (const operation of operations) {
    log(operation.name);
    const samples = await time(operation, caller);
    figures.push(
      { name: `${operation.name} p50`, value: round(percentile(samples, 50)), unit: "ms" },
      {
        name: `${operation.name} p95`,
        value: round(percentile(samples, 95)),
        unit: "ms",
        target: { op: "<", value: operation.target },
      },
    );
    const search = searches.find((s) => s.operation === operation);
    if (search) {
      const perTerm = search.terms.map((q, k) => {
        const own = samples.filter((_, i) => i % search.terms.length === k);
        return `"${q}" p95 ${round(percentile(own, 95))} ms`;
      });
      notes.push(`${operation.name} per term: ${perTerm.join("; ")}`);
    }
    if (samples.length < ITERATIONS) {
      notes.push(
        `${operation.name}: only ${samples.length} samples fitted in ${BUDGET_MS / 1000} s`,
      );
    }
  }

  notes.push(`load average at the end of timing: ${load()}`);
  log("query plans");
  const recorder = queryRecorder(database.url);
  let eventSeqScans = 0;
  try {
    const recorded = callerFor(recorder.db, siteUrl);
    for (const operation of operations) {
      // A transaction's own statements (the correction's) have no plan.
      const queries = (await recorder.capture(() => operation.call(recorded, 0))).filter(
        (q) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(q.sql.trim()),
      );
      const explained = await explainAll(database.url, queries);
      const seqScans = explained.reduce((n, e) => n + seqScansOn(e.plan, "Event"), 0);
      eventSeqScans += seqScans;
      const statements = explained.map(
        (e, i) =>
          `#${i + 1} ${round(e.executionMs)} ms: ${[...new Set(scansOf(e.plan))].join(", ")}`,
      );
      notes.push(
        `plan of ${operation.name} (${queries.length} statements, ${seqScans} seq scans on Event): ${statements.join(" | ")}`,
      );
    }
  } finally {
    await recorder.close();
  }
  figures.push({
    name: "sequential scans on Event",
    value: eventSeqScans,
    unit: "",
    target: { op: "==", value: 0 },
  });
  return { figures, notes, deepDepth: deep.depth };
}

/**
 * The public reads against 100 000 synthetic events, measured in-process through the tRPC
 * server-side caller (as the web app's server components call it): server time only, no HTTP.
 */
export const scale: Scenario = {
  id: "scale",
  title: TITLE,
  phase: "standalone",
  run: async (context) => {
    const log = (message: string) => context.log(`scale: ${message}`);
    const database = await createTestDatabase("kz_bench_scale");
    try {
      log("seeding the document");
      await seedDocument(database.db);
      log(`adding ${EVENTS} synthetic events`);
      const seeded = await seedSynthetic(database.db, { events: EVENTS, log });
      // A settled database: statistics current and the visibility map set, as autovacuum leaves it.
      // On its own connection: the client's statement timeout cut it short on a busy machine.
      const vacuum = new pg.Client({ connectionString: database.url });
      await vacuum.connect();
      await vacuum.query("VACUUM ANALYZE").finally(() => vacuum.end());
      const { figures, notes, deepDepth } = await measureScale(database, context.webUrl, log);
      return {
        id: "scale",
        title: TITLE,
        method:
          `a fresh database with the document seed and ${seeded.events} synthetic events (${seeded.sources} sources, ` +
          `${seeded.citations} citations; seeded in ${(seeded.ms / 1000).toFixed(1)} s), VACUUM ANALYZE, then each ` +
          `call ${ITERATIONS} times after ${WARM_UP} warm-up calls through the tRPC server-side caller (server time, ` +
          `no HTTP). Deep cursor: after ${deepDepth} events, reached by following nextCursor. Topic "${TOPIC}", ` +
          `year ${YEAR}; facet counts for ${Object.entries(FACET_FILTERS)
            .map(([name, filter]) => `${name} ${JSON.stringify(filter)}`)
            .join(", ")}; search rotates, per language of the query, ${Object.entries(SEARCH_TERMS)
            .map(([language, terms]) => `${language}: ${terms.map((t) => `"${t}"`).join(", ")}`)
            .join("; ")}. Plans: EXPLAIN ANALYZE ` +
          "of every statement Prisma sent for one call of each.",
        figures,
        notes,
      };
    } finally {
      await database.drop();
    }
  },
};
