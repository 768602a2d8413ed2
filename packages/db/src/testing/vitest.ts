// A fresh database for one test file under vitest: made before its tests, dropped after them.
// Apart from index.ts, which bench and e2e import outside vitest.
import { afterAll, beforeAll } from "vitest";

import type { Db } from "../client";
import { createTestDatabase, type TestDatabase } from "./index";

/**
 * Registers this file's database (call at module level); `db()` gives its client and `url()` its
 * connection string (for a second pool, or SQL run outside Prisma) inside tests and hooks.
 */
export function useTestDatabaseWithUrl(prefix?: string): { db: () => Db; url: () => string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(prefix);
  });
  afterAll(async () => {
    await database?.drop();
  });
  const current = (): TestDatabase => {
    if (!database) {
      throw new Error("The test database is not there yet: use it inside tests and hooks only.");
    }
    return database;
  };
  return { db: () => current().db, url: () => current().url };
}
