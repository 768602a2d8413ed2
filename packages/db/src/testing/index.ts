import { randomBytes } from "node:crypto";

import pg from "pg";

import { createDb, type Db } from "../client";
import { applyMigrations } from "../migrate/index";
import { adminDatabaseUrl } from "./server";

export { adminDatabaseUrl } from "./server";

export interface TestDatabase {
  url: string;
  db: Db;
  drop: () => Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs `work` on a connection of its own to `url`, closed afterwards. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs SQL on `url` as one query, as a migration file's statements run: outside Prisma. */
export async function runSql(url: string, sql: string): Promise<void> {
  await withClient(url, (client) => client.query(sql));
}

/** A fresh, migrated database for one test file; `drop()` removes it. */
export async function createTestDatabase(prefix = "kz_test"): Promise<TestDatabase> {
  const adminUrl = adminDatabaseUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await runSql(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  const dropDatabase = () => runSql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  // A failing migration must not leave the database behind.
  await applyMigrations(url).catch(async (error: unknown) => {
    await dropDatabase();
    throw error;
  });
  const db = createDb(url, { max: 4 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase();
    },
  };
}

export * from "./factories";
export { createAppRole, type AppRole } from "./app-role";
