const MIGRATION_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 200;

/** Returns a problem description, or null when `name` is a valid snake_case migration name. */
export function migrationNameProblem(name: string): string | null {
  if (name.length === 0) return "the migration name is empty";
  // Postgres's migration_name column is VARCHAR(255) and the 15-char timestamp prefix shares it.
  if (name.length > MAX_NAME_LENGTH)
    return `the migration name is longer than ${MAX_NAME_LENGTH} characters`;
  if (!MIGRATION_NAME.test(name)) {
    return `"${name}" is not snake_case (lowercase letters, digits and single underscores, starting with a letter)`;
  }
  return null;
}

/** Prisma's migration folder prefix: the UTC time as yyyymmddHHMMSS. */
export function migrationTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    String(date.getUTCFullYear()).padStart(4, "0") +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}
