// `npm run db:backup [-- --out <file>]`: a logical dump of DATABASE_URL, or of the embedded database.
import path from "node:path";
import { parseArgs } from "node:util";

import { parseEnv } from "../../../scripts/lib/env";
import { REPO_ROOT, runCommand, userPath, withTargetDatabase } from "../src/backup/cli";
import { backupDatabase, BackupError, backupFileName } from "../src/backup/index";

const USAGE = "Usage: npm run db:backup [-- --out <file>]";

function outputFile(): string {
  let out: string | undefined;
  try {
    out = parseArgs({ options: { out: { type: "string", short: "o" } } }).values.out;
  } catch (error) {
    throw new BackupError(`${(error as Error).message}\n${USAGE}`);
  }
  return out
    ? userPath(out, process.env.INIT_CWD)
    : path.join(REPO_ROOT, "backups", backupFileName(new Date()));
}

await runCommand("Backup", async () => {
  const file = outputFile();
  await withTargetDatabase(parseEnv(), "backup", async (url, description) => {
    console.log(`Backing up ${description}…`);
    const started = Date.now();
    const summary = await backupDatabase(url, file, { log: (m) => console.log(`  ${m}`) });
    const tables = Object.values(summary.tables);
    const rows = tables.reduce((n, t) => n + t.rows, 0);
    const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), file);
    const shown = relative.startsWith("..") ? file : relative;
    console.log(
      [
        `Wrote ${shown}: ${tables.length} tables, ${rows} rows, ${(summary.bytes / 1024).toFixed(1)} KiB, ` +
          `${summary.migrations.length} migrations, in ${Date.now() - started} ms.`,
        "It holds password and token hashes: keep it private.",
        `Restore it with: npm run db:restore -- ${shown}`,
      ].join("\n"),
    );
  });
});
