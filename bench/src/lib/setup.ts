/** The benchmark's database and apps: a fresh seeded database, both apps built and started with `next start`. */
import { createWriteStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ensureAdminUser, seedDocument } from "@kz/db/seed";
import { createTestDatabase, type TestDatabase } from "@kz/db/testing";

import { buildReason, runBuild } from "../../../scripts/lib/build";
import { isPortFree } from "../../../scripts/lib/ports";
import { spawnApp, waitForHttp, type AppProcess } from "../../../scripts/lib/processes";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** deploy/nginx.conf proxies 127.0.0.1:8080 to the public site on :3000, so the bench uses the real ports. */
export const WEB_PORT = 3000;
export const ADMIN_PORT = 3001;
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
export const ADMIN_URL = `http://127.0.0.1:${ADMIN_PORT}`;
export const BENCH_ADMIN = { email: "bench@example.org", password: "bench-only-password-1" };

/** The apps' environment, as `npm start` would give it, with the rate limits lifted (load comes from one address). */
export function appEnv(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-only-secret-bench-only-secret-bench",
    REVALIDATE_SECRET: "bench-only-revalidate-secret-bench-only-revalidate",
    PREVIEW_SECRET: "bench-only-preview-secret-bench-only-preview-secret",
    PUBLIC_SITE_URL: WEB_URL,
    ADMIN_URL,
    NEXTAUTH_URL: ADMIN_URL,
    // Its admin signs in with a password alone (the two-factor policy is tested elsewhere).
    REQUIRE_2FA_ROLES: "none",
    RATE_LIMIT_PUBLIC: "9999999/1m",
    RATE_LIMIT_PUBLIC_GLOBAL: "9999999/1m",
    RATE_LIMIT_TOKEN: "9999999/1m",
    ...extra,
  };
}

/** A fresh database (on TEST_DATABASE_URL's server) with the document seeded and the bench's admin account. */
export async function prepareDatabase(serverUrl: string): Promise<TestDatabase> {
  const database = await createTestDatabase("kz_bench").catch((error: unknown) => {
    throw new Error(
      `Could not create the benchmark's database on ${serverUrl} (${String(error)}). ` +
        "Set TEST_DATABASE_URL to a Postgres server URL you may create databases on.",
    );
  });
  await seedDocument(database.db);
  await ensureAdminUser(database.db, BENCH_ADMIN);
  return database;
}

/** Builds both apps when a source file is newer than their build (turbo's cache makes a repeat cheap). */
export async function buildApps(log: (message: string) => void): Promise<void> {
  const reason = await buildReason(repoRoot);
  if (!reason) return log("apps are built and up to date");
  log(`building both apps: ${reason}`);
  const code = await runBuild(repoRoot, { ...process.env, NODE_ENV: "production" }).done;
  if (code !== 0) throw new Error(`next build failed (exit ${code}); run npm run build to see why`);
}

const nextBin = path.join(repoRoot, "node_modules/next/dist/bin/next");

/** `next start` of one app on its port, resolved once it answers HTTP. */
export function startApp(
  app: "web" | "admin",
  port: number,
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<AppProcess> {
  return startAppProcess({
    name: app,
    cwd: path.join(repoRoot, "apps", app),
    port,
    env,
    readyPath: app === "admin" ? "/login" : "/",
    log,
  });
}

/** `next start` in `cwd` on 127.0.0.1:`port`; rejects with the app's last output if it exits first. */
export async function startAppProcess(options: {
  name: string;
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
  readyPath: string;
  log: (message: string) => void;
}): Promise<AppProcess> {
  const { name, port } = options;
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is in use. Stop what runs there (npm start?) before npm run bench: ` +
        "the bench serves the apps on their usual ports because deploy/nginx.conf expects them there.",
    );
  }
  let ended: string | null = null;
  const output: string[] = [];
  const logFile = createWriteStream(path.join(repoRoot, "bench/results", `${name}.log.tmp`));
  const app = spawnApp({
    name,
    command: process.execPath,
    // No --hostname: with `--hostname 127.0.0.1`, next-intl's rewrite of "/" to "/en" answers a
    // redirect to "/" itself (Next 16.4.6), so every page loops.
    args: [nextBin, "start", "--port", String(port)],
    cwd: options.cwd,
    env: options.env,
    write: (line) => {
      logFile.write(`${line}\n`);
      output.push(line);
      if (output.length > 50) output.shift();
    },
  });
  void app.exited.then((how) => {
    ended = how;
    logFile.end();
  });
  await waitForHttp(`http://127.0.0.1:${port}${options.readyPath}`, {
    timeoutMs: 60_000,
    gaveUp: () => (ended ? `${name} ${ended}:\n${output.join("\n")}` : null),
  });
  options.log(`${name} answers on :${port} (output in bench/results/${name}.log.tmp)`);
  return app;
}
