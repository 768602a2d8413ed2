import { PrismaPg } from "@prisma/adapter-pg";

import { databaseHealth } from "./availability";
import { DEFAULT_STATEMENT_TIMEOUT_MS } from "./config";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export interface CreateDbOptions {
  /** Pool size per process; two Next.js servers and a worker share one Postgres. */
  max?: number;
  /** Fail fast rather than hang when Postgres is down, so callers can answer 503. */
  connectionTimeoutMillis?: number;
  /**
   * The longest one statement may run, in ms: ended by Postgres itself (`statement_timeout`), and
   * given up on by this client a second later when Postgres does not answer at all (a hung or
   * frozen server never ends it): the caller then gets an error, and the apps a 503, instead of a
   * request that hangs. 0 for none: seeding and other scripts' long statements.
   */
  statementTimeoutMillis?: number;
}

/**
 * A Prisma client over a pg pool. The pool reports lost connections (a Postgres restart ends
 * every idle one at once) to this process's `databaseHealth()`, which then probes through it
 * until the database answers again.
 */
export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  const health = databaseHealth();
  const statementTimeout = options.statementTimeoutMillis ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
      ...(statementTimeout > 0
        ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + 1_000 }
        : {}),
    },
    {
      onPoolError: (error) => health.observe(error),
      onConnectionError: (error) => health.observe(error),
    },
  );
  const db = new PrismaClient({ adapter });
  health.setProbe(() => db.$executeRaw`SELECT 1`);
  return db;
}
