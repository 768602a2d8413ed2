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

/** A fresh, migrated database for one test file; `drop()` removes it. */
export async function createTestDatabase(prefix = "kz_test"): Promise<TestDatabase> {
  const adminUrl = adminDatabaseUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const dropDatabase = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };
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
