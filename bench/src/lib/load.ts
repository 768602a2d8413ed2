/**
 * HTTP load from a second process on loopback: wrk (Debian) when installed — C, so it does not cap
 * nginx's figures — else autocannon from npm. The tool used is part of each scenario's method.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and non-2xx/3xx answers. */
  errors: number;
  requests: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}

let wrkPath: string | null | undefined;
async function findWrk(): Promise<string | null> {
  if (wrkPath !== undefined) return wrkPath;
  wrkPath = await run("which", ["wrk"]).then(
    ({ stdout }) => stdout.trim() || null,
    () => null,
  );
  return wrkPath;
}

export async function loadTool(): Promise<string> {
  return (await findWrk()) ? "wrk (1 thread)" : "autocannon (child process)";
}

export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const wrk = await findWrk();
  return wrk ? loadWithWrk(wrk, url, options) : loadWithAutocannon(url, options);
}

/** wrk's `--latency` text: "50% 1.23ms", "Requests/sec: 1234.56", error lines. */
export function parseWrk(text: string): LoadResult {
  const duration = (value: string, unit: string) =>
    Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(text);
    if (!match) throw new Error(`wrk printed no ${p}% latency:\n${text}`);
    return duration(match[1]!, match[2]!);
  };
  const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: percentile("50"),
    p99Ms: percentile("99"),
    errors: socketErrors + number(/Non-2xx or 3xx responses: (\d+)/),
    requests: number(/(\d+) requests in/),
  };
}

async function loadWithWrk(wrk: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([k, v]) => [
    "-H",
    `${k}: ${v}`,
  ]);
  const { stdout } = await run(
    wrk,
    [
      "-t1",
      `-c${options.connections}`,
      `-d${options.durationSeconds}s`,
      "--latency",
      "--timeout",
      "5s",
      ...headerArgs,
      url,
    ],
    { maxBuffer: 1 << 20 },
  );
  return parseWrk(stdout);
}

const autocannonBin = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

async function loadWithAutocannon(url: string, options: LoadOptions): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}=${v}`]);
  const { stdout } = await run(
    process.execPath,
    [
      autocannonBin,
      "--json",
      "-c",
      String(options.connections),
      "-d",
      String(options.durationSeconds),
      ...headerArgs,
      url,
    ],
    { maxBuffer: 16 << 20 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
