// A fresh database for one test file: made before its tests, dropped after them.
import type { Db, Role } from "@kz/db";
import { useTestDatabaseWithUrl } from "@kz/db/testing/vitest";
import { beforeAll } from "vitest";

import type { CurrentUser } from "../current-user";
import { createCaller } from "../root";
import { callerFor, makeUsers, ROLES, type Caller } from "./admin-caller";
import { publicContext } from "./public-caller";

export { useTestDatabaseWithUrl };

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

/**
 * This file's database, filled by `seed` before its tests, and an anonymous caller on it: the set-up
 * of tests that read one fixed set of rows the way the public does.
 */
export function useSeededTestDatabase(
  seed: (db: Db) => Promise<void>,
  prefix?: string,
): { db: () => Db; caller: Caller } {
  const db = useTestDatabase(prefix);
  beforeAll(() => seed(db()));
  // Given a function, tRPC makes the context per call: the caller exists before the database does.
  const caller = createCaller(() => publicContext(db()));
  return { db, caller };
}
