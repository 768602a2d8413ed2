/**
 * The database a seed script writes to: the owner's when the apps have a role of their own
 * (docs/database-roles.md), else the apps' (which can seed too). Exits with a hint to point
 * DATABASE_URL at a `state` database, as `command` expects, when neither is set.
 */
export function seedDatabaseUrl(state: string, command: string): string {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (url) return url;
  console.error(
    `DATABASE_URL is not set. Point it at your ${state} Postgres database, e.g.\n` +
      `  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kz ${command}`,
  );
  process.exit(1);
}
