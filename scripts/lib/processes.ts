import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

export interface ProcessInfo {
  pid: number;
  ppid: number;
  comm: string;
}

/** Parses one line of `ps -o pid=,ppid=,comm=`. */
export function parsePsLine(line: string): ProcessInfo | null {
  const match = /^\s*(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
  if (!match) return null;
  return { pid: Number(match[1]), ppid: Number(match[2]), comm: match[3] ?? "" };
}

/** The process with this pid, or null when there is none; `ps` works on Linux and macOS alike. */
export function processInfo(pid: number): Promise<ProcessInfo | null> {
  return new Promise((resolve) => {
    execFile("ps", ["-o", "pid=,ppid=,comm=", "-p", String(pid)], (error, stdout) => {
      resolve(error ? null : parsePsLine(stdout.trim().split("\n")[0] ?? ""));
    });
  });
}

/** The full command line of a process, or null when there is none. */
export function commandLine(pid: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile("ps", ["-o", "args=", "-p", String(pid)], (error, stdout) => {
      resolve(error ? null : stdout.trim());
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/** True while any process of the group is left (a negative pid addresses the whole group). */
export const groupAlive = (pgid: number) => signalGroup(pgid, 0);

/**
 * Stops a whole process group: `next start` leaves its `next-server` child listening when only
 * the parent is signalled. SIGTERM first, SIGKILL for whatever is left after the grace period.
 */
export async function stopGroup(pgid: number, graceMs = 5_000): Promise<void> {
  if (!signalGroup(pgid, "SIGTERM")) return;
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) {
      signalGroup(pgid, "SIGKILL");
      await sleep(100);
      return;
    }
    await sleep(100);
  }
}

export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with a description of how the process ended. */
  exited: Promise<string>;
  stop: () => Promise<void>;
}

export interface SpawnAppOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Writes one already prefixed line of the app's output. */
  write: (line: string) => void;
}

/** Starts a server in its own process group so that it can be stopped as a whole. */
export function spawnApp(options: SpawnAppOptions): AppProcess {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) readline.createInterface({ input: stream }).on("line", options.write);
  }
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
    child.once("exit", (code, signal) =>
      resolve(signal ? `was killed by ${signal}` : `exited with code ${code ?? "?"}`),
    );
  });
  const pgid = child.pid;
  return {
    name: options.name,
    child,
    exited,
    stop: async () => {
      if (pgid !== undefined) await stopGroup(pgid);
    },
  };
}

/**
 * `next start` for one built app (apps/web or apps/admin under `root`) on `port`, as `npm start`
 * runs it; `write` gets each line of its output.
 */
export function startNextApp(
  root: string,
  app: "web" | "admin",
  port: number,
  env: NodeJS.ProcessEnv,
  write: (line: string) => void,
): AppProcess {
  const cwd = path.join(root, "apps", app);
  const nextBin = createRequire(path.join(cwd, "package.json")).resolve("next/dist/bin/next");
  return spawnApp({
    name: app,
    command: process.execPath,
    args: [nextBin, "start", "--port", String(port)],
    cwd,
    env,
    write,
  });
}

/** Polls until the port answers HTTP (any status), the app exits, or time runs out. */
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; gaveUp: () => string | null },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const reason = options.gaveUp();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      if (Date.now() > deadline) {
        throw new Error(`${url} did not answer within ${options.timeoutMs / 1000}s`);
      }
      await sleep(250);
    }
  }
}
