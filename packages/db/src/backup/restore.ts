import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type pg from "pg";

import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../migrate/index";
import { describeDatabase } from "../migrate/errors";
import { readMigrationsList } from "../migrate/migrations-dir";
import { connect } from "./backup";
import {
  appliedMigrations,
  ident,
  readTables,
  resetSequences,
  tablesWithRows,
  type Table,
} from "./catalog";
import { tableChecksum, type TableChecksum } from "./checksum";
import { BackupError } from "./errors";
import { gzipLines } from "./files";
import {
  isRowLine,
  parseControl,
  parseHeader,
  type DumpTrailer,
  type TableSection,
} from "./format";

const BATCH_ROWS = 1_000;
const BATCH_CHARS = 4_000_000;

export interface RestoreOptions {
  /** Replace whatever the database holds; without it, a database with rows is refused. */
  force?: boolean;
  log?: (message: string) => void;
  migrationsDir?: string;
}

export interface RestoreSummary {
  tables: Record<string, TableChecksum>;
  /** True when rows the database held before were replaced (`force`). */
  replaced: boolean;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  migratedAfter: string[];
}

/**
 * Restores a backup made by `backupDatabase` into the database at `databaseUrl`: migrates it to the
 * backup's migrations, loads every row in one transaction (checked against the backup's checksums
 * before it commits, so a damaged file changes nothing), resets sequences, then applies any newer
 * migrations of this checkout to the restored rows, as an upgrade would.
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const lines = gzipLines(file);
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? undefined : first.value);
    const known = (await readMigrationsList(migrationsDir)).migrationDirectories.map((d) => d.path);
    const unknown = header.migrations.filter((name) => !known.includes(name));
    if (unknown.length) {
      throw new BackupError(
        `This backup was made by a newer version of the code: its migration(s) ${unknown.join(", ")} are not in this checkout. Update the code, then restore.`,
      );
    }

    const client = await connect(databaseUrl);
    try {
      const replaced = await prepareTarget(client, databaseUrl, header.migrations, migrationsDir, {
        ...options,
        log,
      });
      const tables = new Map((await readTables(client)).map((t) => [t.name, t]));
      await client.query("BEGIN");
      let restored: Record<string, TableChecksum>;
      try {
        await loadWithoutTriggers(client, [...tables.keys()], replaced);
        restored = await verify(client, await loadSections(client, lines, tables, log));
        await resetSequences(client);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
      const { applied } = await applyMigrations(databaseUrl, { migrationsDir, log });
      await client.query("ANALYZE");
      return { tables: restored, replaced, migratedAfter: applied };
    } finally {
      await client.end();
    }
  } finally {
    await lines.return(undefined);
  }
}

/**
 * Refuses a database with rows unless forced, and migrates it to the backup's migrations (unless it
 * is already past them). Returns whether it held rows, which the load then replaces.
 */
async function prepareTarget(
  client: pg.ClientBase,
  databaseUrl: string,
  migrations: readonly string[],
  migrationsDir: string,
  options: RestoreOptions & { log: (message: string) => void },
): Promise<boolean> {
  const { server, database } = describeDatabase(databaseUrl);
  const occupied = await tablesWithRows(client, await readTables(client));
  if (occupied.length && !options.force) {
    throw new BackupError(
      `Database "${database}" on ${server} already holds data (rows in ${occupied.length} table(s), e.g. ${occupied.slice(0, 3).join(", ")}). ` +
        "Restoring replaces all of it: run again with --force to do that, or restore into an empty database.",
    );
  }
  const ahead = ((await appliedMigrations(client)) ?? []).filter(
    (name) => !migrations.includes(name),
  );
  if (ahead.length === 0) {
    // The backup's rows fit the schema as of its migrations; newer ones run after the load.
    await withMigrations(migrationsDir, migrations, (dir) =>
      applyMigrations(databaseUrl, { migrationsDir: dir, log: options.log }),
    );
  } else {
    options.log(
      `The database already has ${ahead.length} migration(s) newer than the backup; its rows go into the columns as they are now.`,
    );
  }
  return occupied.length > 0;
}

/** Runs `work` with a migrations folder holding only `names`, copied from `migrationsDir`. */
async function withMigrations<T>(
  migrationsDir: string,
  names: readonly string[],
  work: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kz-restore-"));
  try {
    await cp(
      path.join(migrationsDir, "migration_lock.toml"),
      path.join(dir, "migration_lock.toml"),
    );
    for (const name of names) {
      await cp(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
    }
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * For the rest of the transaction, triggers and foreign-key checks stay off (the rows are a
 * consistent snapshot, loaded table by table in any order), and `clear` empties every table first.
 */
async function loadWithoutTriggers(
  client: pg.ClientBase,
  tables: string[],
  clear: boolean,
): Promise<void> {
  await client.query("SET LOCAL session_replication_role = replica").catch((error: unknown) => {
    if ((error as { code?: string }).code === "42501") {
      throw new BackupError(
        "Restoring needs a Postgres superuser: rows are loaded with triggers and foreign-key checks off " +
          "(session_replication_role), which Postgres allows only to superusers. Connect as one in MIGRATION_DATABASE_URL (or DATABASE_URL when only that is set).",
      );
    }
    throw error;
  });
  if (clear && tables.length) await client.query(`TRUNCATE ${tables.map(ident).join(", ")}`);
}

interface Loaded {
  sections: TableSection[];
  trailer: DumpTrailer;
}

async function loadSections(
  client: pg.ClientBase,
  lines: AsyncGenerator<string>,
  tables: Map<string, Table>,
  log: (message: string) => void,
): Promise<Loaded> {
  const sections: TableSection[] = [];
  let insert: ((rows: string[]) => Promise<void>) | null = null;
  let batch: string[] = [];
  let chars = 0;
  let rows = 0;
  const flush = async () => {
    if (batch.length) await insert!(batch);
    rows += batch.length;
    batch = [];
    chars = 0;
  };
  const finishSection = async () => {
    await flush();
    const section = sections.at(-1);
    if (section) log(`${section.name}: ${rows} rows`);
    rows = 0;
  };
  let lineNumber = 1;
  for await (const line of lines) {
    lineNumber += 1;
    if (isRowLine(line)) {
      if (!insert)
        throw new BackupError(
          `Line ${lineNumber} is a row outside any table: the file is damaged.`,
        );
      batch.push(line);
      chars += line.length;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    const control = parseControl(line, lineNumber);
    await finishSection();
    if (control[0] === "end") return { sections, trailer: control[1] };
    if (control[0] !== "table") {
      throw new BackupError(`Line ${lineNumber} repeats the header: the file is damaged.`);
    }
    sections.push(control[1]);
    insert = inserter(client, control[1], tables.get(control[1].name));
  }
  throw new BackupError(
    "The backup ends before its last line: it was cut short (an interrupted copy?). Nothing was restored.",
  );
}

/** An INSERT of a batch of dumped rows (JSON objects) into the table they came from. */
function inserter(client: pg.ClientBase, section: TableSection, table: Table | undefined) {
  if (!table) {
    throw new BackupError(
      `The backup has a table "${section.name}" that the database lacks. Nothing was restored.`,
    );
  }
  const present = new Set(table.columns.map((c) => c.name));
  const missing = section.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
  if (missing.length) {
    throw new BackupError(
      `Table "${section.name}" has no column(s) ${missing.join(", ")} that the backup holds. Nothing was restored.`,
    );
  }
  const types = new Map(table.columns.map((c) => [c.name, c.type]));
  const names = section.columns.map((c) => ident(c.name)).join(", ");
  // json_populate_record converts each value with the column's own input function (enums, arrays,
  // bytea, timestamps); json columns were dumped as their text, which is parsed here.
  const values = section.columns
    .map((c) =>
      c.json
        ? `(e.j ->> '${c.name.replaceAll("'", "''")}')::${types.get(c.name)}`
        : `r.${ident(c.name)}`,
    )
    .join(", ");
  const sql = `
    INSERT INTO ${ident(section.name)} (${names}) OVERRIDING SYSTEM VALUE
    SELECT ${values}
    FROM json_array_elements($1::json) AS e(j),
         LATERAL json_populate_record(NULL::${ident(section.name)}, e.j) AS r`;
  return async (rows: string[]) => {
    await client.query(sql, [`[${rows.join(",")}]`]);
  };
}

/** Every table's content must match the checksum the backup recorded, or nothing is committed. */
async function verify(
  client: pg.ClientBase,
  loaded: Loaded,
): Promise<Record<string, TableChecksum>> {
  const expected = loaded.trailer.tables;
  const names = loaded.sections.map((s) => s.name);
  if (names.length !== Object.keys(expected).length || names.some((n) => !(n in expected))) {
    throw new BackupError("The backup's tables do not match its own summary: the file is damaged.");
  }
  for (const section of loaded.sections) {
    const actual = await tableChecksum(client, section.name, section.columns);
    const wanted = expected[section.name]!;
    if (actual.rows !== wanted.rows || actual.checksum !== wanted.checksum) {
      throw new BackupError(
        `Table "${section.name}" does not match the backup after loading (${actual.rows} rows, expected ${wanted.rows}). Nothing was restored.`,
      );
    }
  }
  return expected;
}
