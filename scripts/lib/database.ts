import pg from "pg";

import { UserError } from "./ui";

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

function unreachable(url: string, error: unknown): UserError {
  const message = error instanceof Error ? error.message : String(error);
  return new UserError(
    `Cannot use the database at ${redactUrl(url)}: ${message}`,
    "Check that this Postgres is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded Postgres.",
  );
}

/**
 * Connects once to prove the database is there; creates it when the server has no such
 * database, unless `create` is false.
 */
export async function ensureDatabase(
  url: string,
  { create = true }: { create?: boolean } = {},
): Promise<{ created: boolean }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
    return { created: false };
  } catch (error) {
    // 3D000: invalid_catalog_name, i.e. the server is up but the database does not exist yet.
    if (!create || (error as { code?: string }).code !== "3D000") throw unreachable(url, error);
  }
  const admin = new pg.Client({
    connectionString: withDatabase(url, "postgres"),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(databaseName(url))}`);
  } catch (error) {
    throw unreachable(url, error);
  } finally {
    await admin.end().catch(() => undefined);
  }
  return { created: true };
}
