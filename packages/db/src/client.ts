import { PrismaPg } from "@prisma/adapter-pg";

import { databaseHealth } from "./availability";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export interface CreateDbOptions {
  /** Pool size per process; two Next.js servers and a worker share one Postgres. */
  max?: number;
  /** Fail fast rather than hang when Postgres is down, so callers can answer 503. */
  connectionTimeoutMillis?: number;
}

/**
 * A Prisma client over a pg pool. The pool reports lost connections (a Postgres restart ends
 * every idle one at once) to this process's `databaseHealth()`, which then probes through it
 * until the database answers again.
 */
export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  const health = databaseHealth();
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
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
