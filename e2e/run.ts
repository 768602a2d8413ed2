/**
 * Runs the Playwright suite against a fresh, migrated and seeded database: creates it, hands its URL to
 * `playwright test` (whose webServers start both apps with `next start`), and drops it afterwards.
 * The apps sign in as a role with the apps' share of it only, as `npm start` runs them.
 */
import { spawn } from "node:child_process";

import { createDb } from "@kz/db";
import { seedDocument, ensureAdminUser } from "@kz/db/seed";
import { createAppRole, createTestDatabase } from "@kz/db/testing";

import { E2E_ADMIN } from "./tests/fixtures/admin";

async function main(): Promise<number> {
  const database = await createTestDatabase("kz_e2e");
  const app = await createAppRole(database.url).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  try {
    const db = createDb(database.url, { max: 2 });
    await seedDocument(db);
    await ensureAdminUser(db, E2E_ADMIN);
    await db.$disconnect();
    return await new Promise<number>((resolve) => {
      const child = spawn("playwright", ["test", ...process.argv.slice(2)], {
        stdio: "inherit",
        env: { ...process.env, E2E_DATABASE_URL: app.url },
      });
      child.on("exit", (code) => resolve(code ?? 1));
    });
  } finally {
    await database.drop();
    await app.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e setup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
