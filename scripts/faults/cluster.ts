/**
 * What the fault tests break: a Postgres of their own (never the shared one on 5432), migrated and
 * seeded, with both built apps on `next start` and the job worker running against it, exactly as
 * `npm start` runs them. The Postgres can be stopped and started again on the same data folder.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { createCaller, createContext, publishDue } from "@kz/api";
import { createDb, type Db } from "@kz/db";
import { applyMigrations } from "@kz/db/migrate";
import { APP_ROLE, grantAppAccess } from "@kz/db/roles";
import { ensureAdminUser, seedDocument } from "@kz/db/seed";
import { prepareJobQueue, startWorker, type RunningWorker } from "@kz/jobs";

import {
  parsePostmasterPid,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "../lib/embedded-postgres";
import { freePort } from "../lib/ports";
import { startNextApp, waitForHttp, type AppProcess } from "../lib/processes";

const root = path.resolve(import.meta.dirname, "../..");

const ADMIN = { email: "faults@example.org", password: "fault-test-password-1234" };

export interface Cluster {
  web: string;
  admin: string;
  /** Bearer token of the admin with the write scope. */
  writeToken: string;
  /** The admin's signed-in session, as a Cookie header. */
  adminCookie: string;
  /** The test's own connection, for checking what was saved. */
  db: Db;
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  /** Freezes every Postgres process (SIGSTOP): connections stay open, nothing answers. */
  freezePostgres(): Promise<void>;
  /** Lets them run again (SIGCONT). */
  thawPostgres(): Promise<void>;
  apps: AppProcess[];
  /** When the job worker's publishDue last ran to completion, and its errors. */
  worker: { completedAt: number[]; errors: string[] };
  /** Each app's output, for the report when something fails. */
  output: string[];
  stop(): Promise<void>;
}

function appEnv(databaseUrl: string, web: string, admin: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "fault-test-only-secret-fault-test-only-secret",
    REVALIDATE_SECRET: "fault-test-only-revalidate-secret-fault-test",
    PREVIEW_SECRET: "fault-test-only-preview-secret-fault-test-only",
    PUBLIC_SITE_URL: web,
    ADMIN_URL: admin,
    NEXTAUTH_URL: admin,
    // Its admin signs in with a password alone (the two-factor policy is tested elsewhere).
    REQUIRE_2FA_ROLES: "none",
    // The load is one client: the limits must not be what refuses it.
    RATE_LIMIT_PUBLIC: "1000000/1m",
    RATE_LIMIT_PUBLIC_GLOBAL: "1000000/1m",
    RATE_LIMIT_TOKEN: "1000000/1m",
    // A hung database is given up on after 3 s rather than the default 10 s, so the hang test's
    // answers arrive well within its traffic's 15 s.
    DATABASE_STATEMENT_TIMEOUT_MS: "3000",
  };
}

function serve(app: "web" | "admin", port: number, env: NodeJS.ProcessEnv, output: string[]) {
  return startNextApp(root, app, port, env, (line) => output.push(`[${app}] ${line}`));
}

/** Signs in through next-auth's credentials endpoint, as the login form does. */
async function signIn(admin: string): Promise<string> {
  const csrf = await fetch(`${admin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${admin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: csrfCookie.join("; "),
    },
    body: new URLSearchParams({ csrfToken, ...ADMIN, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("kz-admin.session-token="));
  if (!session) throw new Error(`Signing in to the admin failed (HTTP ${response.status})`);
  return session;
}

async function writeToken(db: Db, siteUrl: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const caller = createCaller(
    createContext({
      db,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      siteUrl,
      ip: null,
    }),
  );
  return (await caller.token.create({ name: "fault-test", scopes: ["write"] })).token;
}

/** The job worker as `npm start` runs it: its queue and its own reads and writes as the app role. */
function startJobs(databaseUrl: string) {
  const worker = { completedAt: [] as number[], errors: [] as string[] };
  // As the apps in the cluster (appEnv).
  const db = createDb(databaseUrl, { max: 2, statementTimeoutMillis: 3_000 });
  const started = startWorker({
    databaseUrl,
    statementTimeoutMillis: 3_000,
    intervalSeconds: 1,
    pollingIntervalSeconds: 0.5,
    log: {
      info: () => undefined,
      error: (message, error) =>
        worker.errors.push(`${message}: ${error instanceof Error ? error.message : ""}`),
    },
    tasks: {
      publishDue: async (now) => {
        await publishDue(db, now);
        worker.completedAt.push(Date.now());
      },
    },
  });
  return { worker, started, db };
}

/** The postmaster's pid, from postmaster.pid in the data folder. */
async function postmasterPid(dataDir: string): Promise<number> {
  const parsed = parsePostmasterPid(await readFile(path.join(dataDir, "postmaster.pid"), "utf8"));
  if (!parsed) throw new Error(`No running Postgres in ${dataDir}`);
  return parsed.pid;
}

/** The processes the postmaster started: backends, checkpointer, WAL writer … */
async function childrenOf(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // "pid (comm) state ppid …": the command may hold spaces, so read after its last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return children;
}

/** Signals a process that may have just exited (a backend whose client went away). */
function signal(pid: number, name: "SIGSTOP" | "SIGCONT"): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/**
 * Freezes or thaws this test's own Postgres, all of it. The postmaster is stopped first, so it
 * forks no backend after its children were listed; thawed last, so none is forked before they run.
 */
async function signalPostgres(dataDir: string, name: "SIGSTOP" | "SIGCONT"): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (name === "SIGSTOP") signal(pid, name);
  for (const child of await childrenOf(pid)) signal(child, name);
  if (name === "SIGCONT") signal(pid, name);
}

export async function startCluster(): Promise<Cluster> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kz-faults-pg-"));
  const pgPort = await freePort();
  const options = { dataDir, port: pgPort, database: "kz" };
  let postgres: EmbeddedPostgres = await startEmbeddedPostgres(options);
  // The owner's, for setting up and for the test's checks; the apps and the worker use the app role's.
  const { url, appUrl } = postgres;
  // Undone last first.
  const cleanups: (() => Promise<unknown>)[] = [
    () => rm(dataDir, { recursive: true, force: true }),
    () => postgres.stop(),
  ];
  const output: string[] = [];
  const apps: AppProcess[] = [];
  const stop = async () => {
    // A test that failed while Postgres was frozen: it could not stop.
    await signalPostgres(dataDir, "SIGCONT").catch(() => undefined);
    await Promise.all(apps.map((a) => a.stop()));
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    await applyMigrations(url);
    await prepareJobQueue({ databaseUrl: url });
    await grantAppAccess(url, APP_ROLE);
    const db = createDb(url, { max: 2 });
    cleanups.push(() => db.$disconnect());
    await seedDocument(db);
    await ensureAdminUser(db, ADMIN);

    const [webPort, adminPort] = [await freePort(), await freePort()];
    const web = `http://127.0.0.1:${webPort}`;
    const admin = `http://127.0.0.1:${adminPort}`;
    const env = appEnv(appUrl, web, admin);
    apps.push(serve("web", webPort, env, output), serve("admin", adminPort, env, output));
    const ended = new Map<string, string>();
    for (const app of apps) void app.exited.then((how) => ended.set(app.name, how));
    const gaveUp = (name: string) => () => {
      const how = ended.get(name);
      return how ? `${name} ${how}:\n${output.slice(-30).join("\n")}` : null;
    };
    await Promise.all([
      waitForHttp(`${web}/robots.txt`, { timeoutMs: 90_000, gaveUp: gaveUp("web") }),
      waitForHttp(`${admin}/login`, { timeoutMs: 90_000, gaveUp: gaveUp("admin") }),
    ]);

    const jobs = startJobs(appUrl);
    cleanups.push(() => jobs.db.$disconnect());
    const running: RunningWorker = await jobs.started;
    cleanups.push(() => running.stop());

    return {
      web,
      admin,
      writeToken: await writeToken(db, web),
      adminCookie: await signIn(admin),
      db,
      stopPostgres: () => postgres.stop(),
      startPostgres: async () => {
        postgres = await startEmbeddedPostgres(options);
      },
      freezePostgres: () => signalPostgres(dataDir, "SIGSTOP"),
      thawPostgres: () => signalPostgres(dataDir, "SIGCONT"),
      apps,
      worker: jobs.worker,
      output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
