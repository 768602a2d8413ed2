// What the tests of the seed's data migrations share: the committed migration's SQL, a database of
// the test file's own to run it on, and the seed as it stood before issue 21's corrections.
import { readdirSync, readFileSync } from "node:fs";

import type { Db } from "../client";
import { makeSource, runSql } from "../testing";
import { useTestDatabaseWithUrl } from "../testing/vitest";
import { correctionStatements } from "./corrections-sql";
import { corrections, type SeedCorrection } from "./data";

const MIGRATIONS = new URL("../../prisma/migrations/", import.meta.url);

/** The committed migrations' folders, oldest first. */
export const migrationDirs = (): string[] => readdirSync(MIGRATIONS).sort();

/** The committed migration whose folder is named `<timestamp>_<name>`: its folder and its SQL. */
export function committedMigration(name: string): { dir: string; sql: string } {
  const dir = migrationDirs().find((d) => d.endsWith(`_${name}`));
  if (!dir) throw new Error(`No committed migration named ${name}`);
  return { dir, sql: readFileSync(new URL(`${dir}/migration.sql`, MIGRATIONS), "utf8") };
}

/**
 * A fresh, migrated database for the test file, dropped after it; `run` runs SQL on it as a
 * migration file's statements run, outside Prisma.
 */
export function useMigrationTestDatabase(prefix: string) {
  const { db, url } = useTestDatabaseWithUrl(prefix);
  return {
    get db(): Db {
      return db();
    },
    run: (sql: string) => runSql(url(), sql),
  };
}

/** A source as the seed made it before (published unless `data` says not), at a seeded one's slug. */
export async function sourceAt(db: Db, slug: string, data: Parameters<typeof makeSource>[1] = {}) {
  const made = await makeSource(db, data);
  return db.source.update({ where: { id: made.id }, data: { slug } });
}

/**
 * Puts back the values the seed wrote before issue 21's corrections, on a freshly seeded database:
 * each correction reversed, and the event–actor links the corrections removed linked again.
 */
export async function revertCorrections(db: Db, run: (sql: string) => Promise<void>) {
  const unlinked = corrections.filter((c) => c.record === "eventActor" && c.after === null);
  const reversed = corrections
    .filter((c) => !unlinked.includes(c))
    .map((c) => ({ ...c, before: c.after, after: c.before }) as SeedCorrection);
  await run(`CREATE TEMPORARY TABLE corrected (entity_type text, id text);
${correctionStatements(reversed)}
DROP TABLE corrected;`);
  for (const c of unlinked) {
    if (c.record !== "eventActor") continue;
    await db.eventActor.create({
      data: {
        event: { connect: { slug: c.slug } },
        actor: { connect: { slug: c.actor } },
        role: c.before,
      },
    });
  }
}
