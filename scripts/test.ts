/**
 * `npm test`: every tier in order — lint, typecheck, unit, integration (real Postgres), e2e (real
 * Chromium against `next start` builds) and faults (a Postgres of the test's own restarted under
 * those builds). Prints each step's time and a closing count line.
 *
 * Postgres for the integration and e2e tiers: TEST_DATABASE_URL if set, else the server on
 * 127.0.0.1:5432 if one answers, else an embedded PostgreSQL started for the run.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { canConnect } from "./lib/ports";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "node_modules", ".cache", "kz-test");

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

class StepFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

async function step(name: string, action: () => Promise<number>): Promise<void> {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const code = await action();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) throw new StepFailed(`${name} failed after ${seconds}s (exit ${code})`, code);
  console.log(`✓ ${name} (${seconds}s)`);
}

function addVitestCounts(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywrightCounts(file: string): void {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected;
  total.skipped += report.stats.skipped;
}

function printTotals(): void {
  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}

const vitest = (project: string) => async () => {
  const out = path.join(resultsDir, `${project}.json`);
  rmSync(out, { force: true });
  const code = await run("npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  addVitestCounts(out);
  return code;
};

async function testDatabase(): Promise<{ url: string; server: EmbeddedPostgres | null }> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, server: null };
  if (await canConnect("127.0.0.1", 5432)) {
    return { url: "postgresql://postgres@127.0.0.1:5432/postgres", server: null };
  }
  console.log(
    "No Postgres on 127.0.0.1:5432 and no TEST_DATABASE_URL: starting an embedded PostgreSQL for the tests.",
  );
  const server = await startEmbeddedPostgres({
    dataDir: path.join(root, ".data", "test-postgres"),
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330),
    log: (m) => console.log(`  ${m}`),
  });
  return { url: server.url, server };
}

async function main(): Promise<void> {
  await step("lint (ESLint, Prettier)", async () => {
    const code = await run("npx", ["turbo", "run", "lint", "--output-logs=errors-only"]);
    if (code !== 0) return code;
    const scripts = await run("npx", ["eslint", "scripts"]);
    if (scripts !== 0) return scripts;
    return run("npx", ["prettier", "--check", "--log-level=warn", "."]);
  });
  await step("typecheck", async () => {
    const code = await run("npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]);
    return code !== 0 ? code : run("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
  });
  await step("unit tests", vitest("unit"));

  const database = await testDatabase();
  const env = { ...process.env, TEST_DATABASE_URL: database.url };
  try {
    await step("integration tests (real Postgres)", async () => {
      process.env.TEST_DATABASE_URL = database.url;
      return vitest("integration")();
    });
    await step("build both apps", () =>
      run(
        "npx",
        [
          "turbo",
          "run",
          "build",
          "--filter=@kz/web",
          "--filter=@kz/admin",
          "--output-logs=errors-only",
        ],
        env,
      ),
    );
    await step("e2e tests (Playwright, Chromium)", async () => {
      const out = path.join(root, "e2e", "test-results", "results.json");
      rmSync(out, { force: true });
      const code = await run("npm", ["run", "test", "--workspace", "@kz/e2e"], { ...env, CI: "1" });
      addPlaywrightCounts(out);
      return code;
    });
    // Stops and starts a Postgres of its own (never the one above) under the built apps.
    await step("fault tests (Postgres restarted under load)", vitest("faults"));
  } finally {
    await database.server?.stop();
  }
  printTotals();
}

main().catch((error: unknown) => {
  if (error instanceof StepFailed) {
    console.error(`\n✗ ${error.message}. Fix it and run \`npm test\` again.`);
    printTotals();
    process.exit(error.exitCode);
  }
  console.error(
    `npm test could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
