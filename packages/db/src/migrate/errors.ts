/** An error whose message is written for the person running the command; print it without a stack. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** host:port/database of a connection string, without credentials, for messages and logs. */
export function describeDatabase(databaseUrl: string): { server: string; database: string } {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || url.searchParams.get('host') || 'localhost';
    return { server: `${host}:${url.port || '5432'}`, database: decodeURIComponent(url.pathname.slice(1)) };
  } catch {
    return { server: 'the configured server', database: 'the configured database' };
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Turns a failed first connection (from `pg`) into a MigrationError with a message that says what to do. */
export function connectionError(error: unknown, databaseUrl: string): Error {
  if (!(error instanceof Error)) return new MigrationError(String(error));
  const { server, database } = describeDatabase(databaseUrl);
  const code = (error as { code?: string }).code ?? '';
  if (UNREACHABLE.has(code)) return new MigrationError(`Cannot reach Postgres at ${server} — is it running?`);
  if (code === '3D000') {
    return new MigrationError(`Database "${database}" does not exist on ${server} — create it first (createdb ${database}).`);
  }
  if (code === '28P01' || code === '28000') {
    return new MigrationError(`Postgres at ${server} refused the login: ${error.message}`);
  }
  return new MigrationError(`Cannot connect to Postgres at ${server}: ${error.message}`);
}
