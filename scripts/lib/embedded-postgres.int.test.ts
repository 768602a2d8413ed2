/**
 * The embedded Postgres that `npm start` runs, killed with SIGKILL (issue 7, item 6): the next
 * start must come up on the same data folder, past whatever the dead server or its dead starter
 * left behind, with every committed row.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";

import {
  parsePostmasterPid,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "./embedded-postgres";
import { freePort } from "./ports";
import { isAlive, sleep } from "./processes";

const ROWS = 500;
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kz-pg-kill-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const writeRows = (url: string) =>
  query(
    url,
    `CREATE TABLE kept (n int PRIMARY KEY); INSERT INTO kept SELECT generate_series(1, ${ROWS})`,
  );

async function countRows(url: string): Promise<number> {
  const [row] = await query<{ count: number }>(url, "SELECT count(*)::int AS count FROM kept");
  return row?.count ?? -1;
}

async function postmasterPid(dataDir: string): Promise<number> {
  const recorded = parsePostmasterPid(await readFile(path.join(dataDir, "postmaster.pid"), "utf8"));
  if (!recorded) throw new Error("postmaster.pid names no process");
  return recorded.pid;
}

async function killed(pid: number): Promise<void> {
  process.kill(pid, "SIGKILL");
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(50);
  expect(isAlive(pid)).toBe(false);
}

async function startAgain(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir, port, database: "kz" });
  cleanups.push(() => server.stop());
  return server;
}

describe("embedded Postgres killed with SIGKILL", () => {
  it("comes back on the next start, past the dead server's postmaster.pid, with every row", async () => {
    const dataDir = await dataFolder();
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: "kz" });
    await writeRows(first.url);
    await killed(await postmasterPid(dataDir));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);

    const second = await startAgain(dataDir, port);
    expect(second.started).toBe(true);
    expect(await countRows(second.url)).toBe(ROWS);
  }, 60_000);

  it("replaces a server left running by a start that was itself SIGKILLed", async () => {
    const dataDir = await dataFolder();
    const port = await freePort();
    // Node itself (not npx, whose child would live on) is the server's parent, as in `npm start`.
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(import.meta.dirname, "../faults/hold-postgres.ts"),
        dataDir,
        `${port}`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    cleanups.push(async () => holder.kill("SIGKILL"));
    const lines = readline.createInterface({ input: holder.stdout! });
    const [line] = (await once(lines, "line")) as [string];
    lines.close();
    const url = line.replace(/^ready /, "");
    await writeRows(url);
    const orphan = await postmasterPid(dataDir);
    holder.kill("SIGKILL");
    await once(holder, "exit");
    expect(isAlive(orphan)).toBe(true);

    const second = await startAgain(dataDir, port);
    expect(second.started).toBe(true);
    expect(isAlive(orphan)).toBe(false);
    expect(await countRows(second.url)).toBe(ROWS);
  }, 90_000);
});

/** The error code Postgres answers `url` with, or "ok". */
async function signIn(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return "ok";
  } catch (error) {
    return String((error as { code?: string }).code);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

describe("embedded Postgres roles", () => {
  it("gives the owner a generated password, kept in the data folder, and the apps a role of their own", async () => {
    const dataDir = await dataFolder();
    const server = await startAgain(dataDir, await freePort());
    // 28P01: invalid_password. initdb's fixed password is gone.
    expect(await signIn(withPassword(server.url, "password"))).toBe("28P01");
    expect(await signIn(server.url)).toBe("ok");
    expect((await stat(path.join(dataDir, "kz-passwords.json"))).mode & 0o777).toBe(0o600);
    const [role] = await query<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean }>(
      server.appUrl,
      "SELECT rolname, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user",
    );
    expect(role).toEqual({ rolname: "kz_app", rolsuper: false, rolcreaterole: false });
  }, 60_000);

  it("replaces an earlier version's fixed password at the next start, keeping every row", async () => {
    const dataDir = await dataFolder();
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: "kz" });
    await writeRows(first.url);
    // What a data folder made before the roles looks like: the fixed password, no passwords file.
    await query(first.url, "ALTER ROLE postgres PASSWORD 'password'");
    await rm(path.join(dataDir, "kz-passwords.json"));
    await first.stop();

    const second = await startAgain(dataDir, port);
    expect(await signIn(withPassword(second.url, "password"))).toBe("28P01");
    expect(await countRows(second.url)).toBe(ROWS);
    expect(await signIn(second.appUrl)).toBe("ok");
  }, 60_000);
});
