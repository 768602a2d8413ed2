/**
 * `npm run bench`: seeds a fresh database, builds and starts both apps (and nginx with
 * deploy/nginx.conf when nginx is installed), runs every scenario, prints a table per scenario and
 * writes bench/results/<date>.json. `--only id,id` runs some scenarios; `--skip id,id` leaves some out.
 */
import { existsSync } from "node:fs";
import path from "node:path";

import type { AppProcess } from "../../scripts/lib/processes";
import { nginxInstalled, startNginx, type RunningNginx } from "./lib/nginx";
import { printResults, saveResults } from "./lib/report";
import {
  ADMIN_PORT,
  ADMIN_URL,
  appEnv,
  BENCH_ADMIN,
  buildApps,
  prepareDatabase,
  repoRoot,
  startApp,
  WEB_PORT,
  WEB_URL,
} from "./lib/setup";
import { createWriteToken } from "./lib/token";
import { SCENARIOS } from "./scenarios";
import type { BenchContext, Scenario, ScenarioResult } from "./types";
import { adminDatabaseUrl } from "@kz/db/testing";

const PROXY_PORT = 8080;
const started = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

function selected(): Scenario[] {
  const list = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? (process.argv[i + 1] ?? "").split(",").filter(Boolean) : null;
  };
  const only = list("--only");
  const skip = list("--skip") ?? [];
  const known = new Set(SCENARIOS.map((s) => s.id));
  for (const id of [...(only ?? []), ...skip]) {
    if (!known.has(id)) throw new Error(`No scenario "${id}"; there are: ${[...known].join(", ")}`);
  }
  return SCENARIOS.filter((s) => (only ? only.includes(s.id) : true) && !skip.includes(s.id));
}

async function runScenario(scenario: Scenario, context: BenchContext): Promise<ScenarioResult> {
  log(`── ${scenario.title}`);
  try {
    return await scenario.run(context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${scenario.id} failed: ${message}`);
    return {
      id: scenario.id,
      title: scenario.title,
      method: "did not complete",
      figures: [],
      notes: [`failed: ${message}`],
    };
  }
}

async function main(): Promise<number> {
  const scenarios = selected();
  const startedAt = new Date();
  const serverUrl = adminDatabaseUrl();
  log(`seeding a fresh database on ${new URL(serverUrl).host}`);
  const database = await prepareDatabase(serverUrl);
  const processes: { stop: () => Promise<void> }[] = [];
  const results: ScenarioResult[] = [];
  try {
    await buildApps(log);
    const env = appEnv(database.url);
    const web: AppProcess = await startApp("web", WEB_PORT, env, log);
    processes.push(web);
    processes.push(await startApp("admin", ADMIN_PORT, env, log));
    const proxyConfig = path.join(repoRoot, "deploy/nginx.conf");
    let proxy: RunningNginx | null = null;
    if (existsSync(proxyConfig) && (await nginxInstalled())) {
      proxy = await startNginx({ confPath: proxyConfig, port: PROXY_PORT, log });
      processes.push(proxy);
      log(`nginx (deploy/nginx.conf) answers on ${proxy.url}`);
    } else {
      log(
        "nginx or deploy/nginx.conf missing: proxied figures are skipped (apt-get install nginx-light)",
      );
    }
    const context: BenchContext = {
      repoRoot,
      databaseUrl: database.url,
      serverUrl,
      webUrl: WEB_URL,
      adminUrl: ADMIN_URL,
      proxyUrl: proxy?.url ?? null,
      apiToken: await createWriteToken(database.db),
      admin: BENCH_ADMIN,
      log,
    };
    for (const phase of ["apps", "standalone"] as const) {
      for (const scenario of scenarios.filter((s) => (s.phase ?? "apps") === phase)) {
        results.push(await runScenario(scenario, context));
      }
    }
    for (const p of processes.reverse()) await p.stop();
    processes.length = 0;
    for (const scenario of scenarios.filter((s) => s.phase === "after")) {
      results.push(await runScenario(scenario, context));
    }
  } finally {
    for (const p of processes.reverse()) await p.stop().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
  printResults(results, (line) => console.log(line));
  const file = await saveResults(path.join(repoRoot, "bench/results"), startedAt, results);
  log(`results written to ${path.relative(repoRoot, file)}`);
  return results.some((r) => r.figures.length === 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `npm run bench failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
