// `npm run db:restore -- <file> [--force]`: loads a backup into DATABASE_URL, or the embedded database.
import { parseArgs } from "node:util";

import { parseEnv } from "../../../scripts/lib/env";
import { runCommand, userPath, withTargetDatabase } from "../src/backup/cli";
import { BackupError, restoreDatabase } from "../src/backup/index";

const USAGE =
  "Usage: npm run db:restore -- <file> [--force]   (--force replaces a database that holds data)";

function parse(): { file: string; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    throw new BackupError(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) throw new BackupError(`Name one backup file to restore.\n${USAGE}`);
  return { file: userPath(file, process.env.INIT_CWD), force: parsed.values.force ?? false };
}

await runCommand("Restore", async () => {
  const { file, force } = parse();
  await withTargetDatabase(parseEnv(), "restore", async (url, description) => {
    console.log(`Restoring ${file} into ${description}…`);
    const started = Date.now();
    const summary = await restoreDatabase(url, file, {
      force,
      log: (m) => console.log(`  ${m}`),
    });
    const tables = Object.values(summary.tables);
    const rows = tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      [
        `Restored ${tables.length} tables, ${rows} rows, every table checked against the backup's checksums, in ${Date.now() - started} ms.`,
        ...(summary.replaced ? ["What the database held before was replaced."] : []),
        ...(summary.migratedAfter.length
          ? [`Then applied ${summary.migratedAfter.length} newer migration(s).`]
          : []),
        "If the apps are running, restart them (npm start) so they drop cached pages.",
        // Tables made by the restore's migrations start with no grants for the apps' role.
        "npm start gives the apps' role its share of the tables again; with a database of your own, run npm run db:migrate.",
      ].join("\n"),
    );
  });
});
