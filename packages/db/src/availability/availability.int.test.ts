import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb } from "../client";
import { createTestDatabase, makeUser, type TestDatabase } from "../testing";
import { databaseHealth, isDatabaseUnavailable } from "./index";

let database: TestDatabase;
// Nothing listens on port 1: every connection is refused at once, as when Postgres is down.
const UNREACHABLE_URL = "postgresql://postgres@127.0.0.1:1/postgres";

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );

// First: the health is one per process, and the tests below lose connections on purpose.
describe("databaseHealth", () => {
  it("turns unavailable on a lost connection and available again once a probe gets through", async () => {
    const health = databaseHealth();
    const down = createDb(UNREACHABLE_URL, { max: 1 });
    try {
      expect(health.available).toBe(true);
      health.observe(new Error("a query's own fault"));
      expect(health.available).toBe(true);

      health.observe(await failure(down.user.count()));
      expect(health.available).toBe(false);
      // The last pool created is the one probed: still the unreachable one.
      expect(await health.check()).toBe(false);

      const up = createDb(database.url, { max: 1 });
      try {
        // Probes are spaced 250 ms apart.
        await new Promise((r) => setTimeout(r, 300));
        expect(await health.check()).toBe(true);
        expect(health.available).toBe(true);
      } finally {
        await up.$disconnect();
      }
    } finally {
      await down.$disconnect();
    }
  });
});

describe("isDatabaseUnavailable", () => {
  it("is true for a database that refuses connections, through Prisma and through pg", async () => {
    const down = createDb(UNREACHABLE_URL, { max: 1 });
    try {
      expect(isDatabaseUnavailable(await failure(down.user.count()))).toBe(true);
      expect(isDatabaseUnavailable(await failure(down.$queryRaw`SELECT 1`))).toBe(true);
      expect(isDatabaseUnavailable(await failure(down.$transaction([down.user.count()])))).toBe(
        true,
      );
    } finally {
      await down.$disconnect();
    }
    const client = new pg.Client({ connectionString: UNREACHABLE_URL });
    expect(isDatabaseUnavailable(await failure(client.connect()))).toBe(true);
  });

  it("is true for a query whose connection the server ends (what a restart does)", async () => {
    const db = createDb(database.url, { max: 1 });
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const [session] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      const pid = session?.pid;
      const sleeping = failure(db.$queryRaw`SELECT pg_sleep(10)`);
      // Wait until the query runs, then end its session as a shutdown does (57P01).
      for (let i = 0; i < 50; i++) {
        const { rows } = await admin.query(
          "SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active'",
          [pid],
        );
        if (rows.length) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      expect(isDatabaseUnavailable(await sleeping)).toBe(true);
    } finally {
      await admin.end();
      await db.$disconnect();
    }
  });

  it("is true for a statement past its timeout: the database is too slow to serve", async () => {
    const db = createDb(database.url, { max: 1, statementTimeoutMillis: 300 });
    try {
      const started = Date.now();
      const error = await failure(db.$queryRaw`SELECT pg_sleep(5)`);
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("is true for a transaction that could not start in time, false for other transaction misuse", () => {
    // Prisma's wording (P2028) when no connection comes free, or the server does not answer, within
    // the transaction's maxWait: seen when Postgres hangs under the search's transaction.
    const notStarted = Object.assign(
      new Error(
        "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nTransaction API error: Unable to start a transaction in the given time.",
      ),
      { code: "P2028" },
    );
    const closed = Object.assign(
      new Error("Transaction API error: Transaction already closed: a commit cannot be executed."),
      { code: "P2028" },
    );
    expect(isDatabaseUnavailable(notStarted)).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: notStarted }))).toBe(true);
    expect(isDatabaseUnavailable(closed)).toBe(false);
  });

  it("is false for errors that are the query's own fault", async () => {
    const { db } = database;
    const { user } = await makeUser(db);
    const duplicate = await failure(
      db.user.create({
        data: { email: user.email, name: "x", passwordHash: "x", role: "VIEWER" },
      }),
    );
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(await failure(db.$queryRawUnsafe("SELEKT 1")))).toBe(false);
    expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
