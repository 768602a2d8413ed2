import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export interface CreateDbOptions {
  /** Pool size per process; two Next.js servers and a worker share one Postgres. */
  max?: number;
  /** Fail fast rather than hang when Postgres is down, so callers can answer 503. */
  connectionTimeoutMillis?: number;
}

export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
  });
  return new PrismaClient({ adapter });
}
