// `npm run db:migrate`: the schema of a database `npm start` does not manage, brought up to date by
// its owner — migrations, the job queue's tables, and the apps' role's share of them.
import { roleOf } from "@kz/db/roles";

import { ensureDatabase } from "./lib/database";
import { parseEnv } from "./lib/env";
import { migrateAndGrant } from "./lib/prepare-database";
import { fail, info, UserError } from "./lib/ui";

async function main(): Promise<void> {
  const env = parseEnv();
  if (!env.DATABASE_URL) {
    throw new UserError(
      "DATABASE_URL is not set.",
      "Point it at your Postgres database (and MIGRATION_DATABASE_URL at its owner, if the apps have a role of their own; see docs/database-roles.md), e.g.\n" +
        "    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kz npm run db:migrate\n" +
        "  or run `npm start`, which starts a local database and migrates it for you.",
    );
  }
  const ownerUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  await ensureDatabase(ownerUrl, { create: false });
  const appRole = roleOf(env.DATABASE_URL);
  await migrateAndGrant(ownerUrl, appRole === roleOf(ownerUrl) ? null : appRole, (message) =>
    info(`    ${message}`),
  );
}

main().catch((error: unknown) => {
  fail(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UserError && error.hint) info(`  → ${error.hint}`);
  process.exitCode = 1;
});
