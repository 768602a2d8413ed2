/** An error whose message is written for the person running the command; print it without a stack. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/** host:port/database of a connection string, without credentials, for messages and logs. */
export function describeDatabase(databaseUrl: string): { server: string; database: string } {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || url.searchParams.get("host") || "localhost";
    return {
      server: `${host}:${url.port || "5432"}`,
      database: decodeURIComponent(url.pathname.slice(1)),
    };
  } catch {
    return { server: "the configured server", database: "the configured database" };
  }
}

/** The error codes of a Postgres that cannot be reached at all (down, or a wrong host or port). */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** Turns a failed first connection (from `pg`) into a MigrationError with a message that says what to do. */
export function connectionError(error: unknown, databaseUrl: string): Error {
  if (!(error instanceof Error)) return new MigrationError(String(error));
  const { server, database } = describeDatabase(databaseUrl);
  const code = (error as { code?: string }).code ?? "";
  if (UNREACHABLE_CODES.has(code)) {
    return new MigrationError(`Cannot reach Postgres at ${server} — is it running?`);
  }
  if (code === "3D000") {
    return new MigrationError(
      `Database "${database}" does not exist on ${server} — create it first (createdb ${database}).`,
    );
  }
  if (code === "28P01" || code === "28000") {
    return new MigrationError(`Postgres at ${server} refused the login: ${error.message}`);
  }
  return new MigrationError(`Cannot connect to Postgres at ${server}: ${error.message}`);
}

/**
 * The wasm engine reports a failed migration script as "external connector error", the database's message and a
 * Rust span trace; keep the part a person can act on.
 */
export function migrationScriptError(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith("external connector error")) {
    return error;
  }
  const lines = error.message.split("\n").slice(1);
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  const cause = (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  if (!migration) return new MigrationError(cause);
  return new MigrationError(
    `Migration ${migration} failed: ${cause}\n` +
      "Statements before the failing one may have been applied, and the migration is recorded as failed in " +
      "_prisma_migrations, which blocks further migrations until it is resolved: " +
      "https://pris.ly/d/migrate-resolve",
  );
}
