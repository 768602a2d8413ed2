import { createDb, type Db } from "@kz/db";

import { env } from "../env";

// One pool per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { kzDb?: Db };

export const db: Db =
  globalForDb.kzDb ??
  createDb(env.DATABASE_URL, {
    statementTimeoutMillis: env.DATABASE_STATEMENT_TIMEOUT_MS,
  });
if (env.NODE_ENV !== "production") globalForDb.kzDb = db;
