import { applyMigrations } from "../src/migrate/index";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    "DATABASE_URL is not set. Point it at your Postgres database, e.g.\n" +
      "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kz npm run db:migrate\n" +
      "or run `npm start`, which starts a local database and migrates it for you.",
  );
  process.exit(1);
}

try {
  const { applied } = await applyMigrations(databaseUrl, { log: (msg) => console.log(msg) });
  console.log(
    applied.length === 0
      ? "Database is up to date: no migrations to apply."
      : `Done: applied ${applied.length} migration(s).`,
  );
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
