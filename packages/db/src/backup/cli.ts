// What `npm run db:backup` and `npm run db:restore` share: which database, and how failures print.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { describeDatabase, MigrationError } from "../migrate/errors";
import { BackupError } from "./errors";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const EMBEDDED_DATA_DIR = path.join(REPO_ROOT, ".data", "postgres");
// The database `npm start` keeps the site in, on the embedded server.
const EMBEDDED_DATABASE = "kz";

export interface TargetEnv {
  DATABASE_URL?: string;
  /** The owner's URL, when the apps have a role of their own: backup and restore use it. */
  MIGRATION_DATABASE_URL?: string;
  EMBEDDED_PG_PORT: number;
}

/**
 * Runs `work` as the database's owner: MIGRATION_DATABASE_URL, else DATABASE_URL, else the embedded
 * database `npm start` uses: shared with a running `npm start`, or started here the same way (and
 * stopped again afterwards) when it is not running.
 */
export async function withTargetDatabase<T>(
  env: TargetEnv,
  purpose: "backup" | "restore",
  work: (url: string, description: string) => Promise<T>,
): Promise<T> {
  const given = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  if (given) {
    const { server, database } = describeDatabase(given);
    return work(given, `database "${database}" on ${server}`);
  }
  if (purpose === "backup" && !existsSync(path.join(EMBEDDED_DATA_DIR, "PG_VERSION"))) {
    throw new BackupError(
      "There is no embedded database yet (.data/postgres): run npm start once, or set DATABASE_URL to back up another database.",
    );
  }
  // The embedded server is managed by the repository's start script; the same code starts it here.
  const { startEmbeddedPostgres } = await import("../../../../scripts/lib/embedded-postgres");
  const server = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    database: EMBEDDED_DATABASE,
    log: (message) => console.log(`  ${message}`),
  });
  try {
    return await work(
      server.url,
      `the embedded database (.data/postgres, port ${env.EMBEDDED_PG_PORT})`,
    );
  } finally {
    await server.stop();
  }
}

/** A path given on the command line, relative to where `npm run` was typed (npm changes the cwd). */
export function userPath(file: string, invokedFrom: string | undefined): string {
  return path.resolve(invokedFrom ?? process.cwd(), file);
}

// Errors whose message says what to do: ours, the migrator's, and the start script's.
const WRITTEN_FOR_PEOPLE = new Set([
  new BackupError("").name,
  new MigrationError("").name,
  "UserError",
  "EnvError",
]);

/** Runs a command's main function; a failure written for people prints as one message, not a stack. */
export async function runCommand(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const hint = (error as { hint?: unknown }).hint;
    if (error instanceof Error && WRITTEN_FOR_PEOPLE.has(error.name)) {
      console.error(`${name} failed: ${error.message}`);
      if (typeof hint === "string") console.error(`  → ${hint}`);
    } else {
      console.error(`${name} failed:`, error);
    }
    process.exitCode = 1;
  }
}
