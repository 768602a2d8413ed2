import { spawn } from "node:child_process";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createAppRole, type AppRole } from "@kz/db/testing";

import { createOwnedDatabase, type OwnedDatabase } from "./testing/owner-database";
import {
  JobQueueNotPreparedError,
  prepareJobQueue,
  PUBLISH_DUE_QUEUE,
  SOURCE_CHECK_QUEUE,
  startWorker,
  type RunningWorker,
  type StartWorkerOptions,
} from "./worker";

let database: OwnedDatabase;
// The worker runs as the apps do: a role that may use the queue's tables but change no schema.
let app: AppRole;
const running: RunningWorker[] = [];

beforeAll(async () => {
  database = await createOwnedDatabase();
  await prepareJobQueue({ databaseUrl: database.url });
  // Granted by the superuser: the record's tables are its own, the queue's the owning role's.
  app = await createAppRole(database.adminUrl);
});

afterAll(async () => {
  await Promise.all(running.map((w) => w.stop()));
  await database?.drop();
  await app?.drop();
});

const quietLog = () => ({ info: vi.fn(), error: vi.fn() });

async function start(
  publishDue: StartWorkerOptions["tasks"]["publishDue"],
  options: Partial<StartWorkerOptions> = {},
) {
  const worker = await startWorker({
    databaseUrl: app.url,
    log: quietLog(),
    tasks: { publishDue },
    intervalSeconds: 1,
    pollingIntervalSeconds: 0.5,
    ...options,
  });
  running.push(worker);
  return worker;
}

async function query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const waitFor = (check: () => void, timeout = 15_000) =>
  vi.waitFor(check, { timeout, interval: 100 });

describe("startWorker", () => {
  it("runs publishDue as the app role, in the schema the owner prepared", async () => {
    const publishDue = vi.fn(async (_now: Date) => undefined);
    const worker = await start(publishDue);
    await waitFor(() => expect(publishDue).toHaveBeenCalled());
    const now = publishDue.mock.calls[0]?.[0];
    expect(now).toBeInstanceOf(Date);
    expect(Math.abs((now as Date).getTime() - Date.now())).toBeLessThan(10_000);
    await worker.stop();

    const [schema] = await query<{ owner: string }>(
      `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'`,
    );
    expect(schema?.owner).toBe(database.role);
  });

  it("refuses to start, saying what to run, on a database whose queue was never prepared", async () => {
    const unprepared = await start(async () => undefined, { schema: "pgboss_unprepared" }).catch(
      (error: unknown) => error,
    );
    expect(unprepared).toBeInstanceOf(JobQueueNotPreparedError);
    expect((unprepared as Error).message).toContain("npm run db:migrate");
  });

  it("the app role cannot change the queue's schema", async () => {
    const client = new pg.Client({ connectionString: app.url });
    await client.connect();
    try {
      await expect(client.query("CREATE TABLE pgboss.extra (n int)")).rejects.toMatchObject({
        code: "42501",
      });
      await expect(client.query("DROP TABLE pgboss.job")).rejects.toMatchObject({
        code: "42501",
      });
    } finally {
      await client.end();
    }
  });

  it("keeps running after a restart, and stop closes its connections", async () => {
    const first = vi.fn(async () => undefined);
    const worker = await start(first);
    await waitFor(() => expect(first).toHaveBeenCalled());
    await worker.stop();
    await worker.stop(); // stopping twice is harmless
    const connections = async () =>
      (
        await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND application_name = 'kz-jobs'`,
        )
      )[0]?.n;
    expect(await connections()).toBe(0);

    const callsAfterStop = first.mock.calls.length;
    const second = vi.fn(async () => undefined);
    const restarted = await start(second);
    await waitFor(() => expect(second.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(first.mock.calls.length).toBe(callsAfterStop);
    await restarted.stop();
    expect(await connections()).toBe(0);
  });

  it("runs checkSources through a queue of its own, at its own interval, beside publishDue", async () => {
    const log = quietLog();
    const publishDue = vi.fn(async () => undefined);
    const checkSources = vi
      .fn(async (_now: Date) => undefined)
      .mockRejectedValueOnce(new Error("no network"));
    const worker = await startWorker({
      databaseUrl: app.url,
      log,
      tasks: { publishDue, checkSources },
      intervalSeconds: 1,
      sourceCheckIntervalSeconds: 3_600,
      pollingIntervalSeconds: 0.5,
    });
    running.push(worker);
    await waitFor(() => expect(checkSources).toHaveBeenCalled());
    await waitFor(() => expect(publishDue.mock.calls.length).toBeGreaterThanOrEqual(2));
    // A failed run is logged and recorded, not retried within its hour.
    expect(log.error).toHaveBeenCalledWith("checkSources failed", expect.any(Error));
    expect(checkSources).toHaveBeenCalledTimes(1);
    await worker.stop();
    const jobs = await query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = $1`, [
      SOURCE_CHECK_QUEUE,
    ]);
    expect(jobs.map((j) => j.state)).toEqual(["failed"]);
  });

  it("logs a failing run and runs again in the next slot", async () => {
    const log = quietLog();
    const publishDue = vi
      .fn(async () => undefined)
      .mockRejectedValueOnce(new Error("database unavailable"));
    const worker = await start(publishDue, { log });
    await waitFor(() => expect(publishDue.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(log.error).toHaveBeenCalledWith("publishDue failed", expect.any(Error));
    await worker.stop();
  });

  it("logs a run it cannot record in the queue, and keeps running", async () => {
    // As when the database goes away between a run and its record: here the app role loses its
    // right to update the queue while the first run is in progress. pg-boss's own work() left
    // that write's rejection unhandled, which ends a process (and fails this test run).
    const log = quietLog();
    const rights = (verb: "GRANT" | "REVOKE") =>
      query(
        `${verb} UPDATE ON ALL TABLES IN SCHEMA pgboss ${verb === "GRANT" ? "TO" : "FROM"} "${app.role}"`,
      );
    const publishDue = vi.fn(async () => {
      if (publishDue.mock.calls.length === 1) await rights("REVOKE");
    });
    const worker = await start(publishDue, { log });
    try {
      await waitFor(() =>
        expect(log.error).toHaveBeenCalledWith(
          "could not record the run in the job queue",
          expect.objectContaining({ code: "42501" }),
        ),
      );
      await rights("GRANT");
      await waitFor(() => expect(publishDue.mock.calls.length).toBeGreaterThanOrEqual(2));
    } finally {
      await rights("GRANT");
      await worker.stop();
    }
  });

  it("runs once per slot however many workers share the database", async () => {
    const runs: number[] = [];
    const publishDue = async () => {
      runs.push(Date.now());
    };
    const started = Date.now();
    const workers = await Promise.all(
      [1, 2, 3].map(() => start(publishDue, { intervalSeconds: 2 })),
    );
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    await Promise.all(workers.map((w) => w.stop()));
    const slots = Math.ceil((Date.now() - started) / 2_000) + 1;
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(slots);
    // Three workers each offering three times a slot: without the throttle this would be ~30 runs.
    const shared = await query<{ slot: Date; jobs: number }>(
      `SELECT singleton_on AS slot, count(*)::int AS jobs FROM pgboss.job
       WHERE name = $1 GROUP BY singleton_on HAVING count(*) > 1`,
      [PUBLISH_DUE_QUEUE],
    );
    expect(shared).toEqual([]);
  });

  it("leaves no timer or connection behind: a process that stops it exits by itself", async () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "testing/start-and-stop.ts")],
      { cwd: root, env: { ...process.env, JOBS_TEST_DATABASE_URL: app.url } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exit = await new Promise<number | string>((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve("still running 20 s after start");
      }, 20_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve(code ?? "killed");
      });
    });
    expect({ exit, stderr }).toEqual({ exit: 0, stderr: "" });
    expect(stdout.split("\n").filter(Boolean)).toEqual(["ran", "stopped"]);
  });
});
