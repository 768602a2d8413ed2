// A fresh database for one test file: made before its tests, dropped after them.
import type { Db, Role } from "@kz/db";
import { createTestDatabase, type TestDatabase } from "@kz/db/testing";
import { afterAll, beforeAll } from "vitest";

import type { CurrentUser } from "../current-user";
import { callerFor, makeUsers, ROLES, type Caller } from "./admin-caller";

/**
 * Registers this file's database (call at module level); `db()` gives its client and `url()` its
 * connection string (for a second pool) inside tests and hooks.
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

/** Registers this file's database (call at module level); the returned function gives its client inside tests and hooks. */
export function useTestDatabase(prefix?: string): () => Db {
  return useTestDatabaseWithUrl(prefix).db;
}

/** This file's database with one user per role and a signed-in caller as each (objects filled in by a beforeAll). */
export function useTestDatabaseWithRoles(prefix?: string): {
  db: () => Db;
  users: Record<Role, CurrentUser>;
  as: Record<Role, Caller>;
} {
  const db = useTestDatabase(prefix);
  const users = {} as Record<Role, CurrentUser>;
  const as = {} as Record<Role, Caller>;
  beforeAll(async () => {
    Object.assign(users, await makeUsers(db()));
    for (const role of ROLES) as[role] = callerFor(db(), users[role]);
  });
  return { db, users, as };
}
