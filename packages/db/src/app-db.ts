import { createDb, type Db } from "./client";

/**
 * An app's database client, one pool per server process. Outside production it is kept on
 * globalThis: a hot reload runs the app's module again, and a new pool each time would use up the
 * database's connections.
 */
export function appDb(env: {
  DATABASE_URL: string;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  NODE_ENV: string;
}): Db {
  const globalForDb = globalThis as unknown as { kzDb?: Db };
  const db =
    globalForDb.kzDb ??
    createDb(env.DATABASE_URL, { statementTimeoutMillis: env.DATABASE_STATEMENT_TIMEOUT_MS });
  if (env.NODE_ENV !== "production") globalForDb.kzDb = db;
  return db;
}
