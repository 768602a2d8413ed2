import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NO_FILTERS, withSchemaEngine } from "./engine";
import { withDatabaseEngine } from "./database";
import { describeDatabase, MigrationError, migrationScriptError } from "./errors";
import {
  MIGRATION_FILE_NAME,
  readMigrationsList,
  readOptionalFile,
  writeLockfile,
} from "./migrations-dir";
import { migrationNameProblem, migrationTimestamp } from "./naming";
import { offlineAdapterFactory } from "./offline-adapter";

export { MigrationError } from "./errors";
export { migrationNameProblem, migrationTimestamp } from "./naming";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_SCHEMA_PATH = path.join(PACKAGE_ROOT, "prisma", "schema.prisma");
export const DEFAULT_MIGRATIONS_DIR = path.join(PACKAGE_ROOT, "prisma", "migrations");
/** The schema as of the newest migration; new migrations are diffed against it instead of a live database. */
export const SNAPSHOT_FILE_NAME = "schema.snapshot.prisma";
// Diffing from this rather than from the engine's `empty` target leaves out `CREATE SCHEMA "public"`, which
// would need CREATE privilege on the database and is not what `prisma migrate dev` writes for a first migration.
const EMPTY_DATAMODEL = 'datasource db {\n  provider = "postgresql"\n}\n';

export interface ApplyOptions {
  log?: (msg: string) => void;
  migrationsDir?: string;
}

/** Applies pending migrations, recording them in `_prisma_migrations` exactly like `prisma migrate deploy`. */
export async function applyMigrations(
  databaseUrl: string,
  opts: ApplyOptions = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const migrationsList = await readMigrationsList(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const { server, database } = describeDatabase(databaseUrl);
  log(
    `Migrating database "${database}" on ${server} with the ${migrationsList.migrationDirectories.length} migration(s) in ${migrationsList.baseDir}`,
  );
  const { appliedMigrationNames } = await withDatabaseEngine(databaseUrl, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  ).catch((error: unknown) => {
    throw migrationScriptError(error);
  });
  for (const name of appliedMigrationNames) log(`Applied ${name}`);
  return { applied: appliedMigrationNames };
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Started but never finished; must be resolved by hand before anything else is applied. */
  failed: string[];
  /** Applied, but the migration.sql on disk has changed since. */
  edited: string[];
  /** Recorded in the database but missing from the migrations folder. */
  unknown: string[];
}

export async function migrationStatus(
  databaseUrl: string,
  opts: { migrationsDir?: string } = {},
): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const diagnosis = await withDatabaseEngine(databaseUrl, (engine) =>
    // No shadow database: replaying migrations into one needs introspection, which the pg adapter cannot do.
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    }),
  );
  const history = diagnosis.history;
  const pending =
    history && history.diagnostic !== "migrationsDirectoryIsBehind"
      ? history.unappliedMigrationNames
      : [];
  const unknown =
    history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const failed = diagnosis.failedMigrationNames;
  const applied = migrationsList.migrationDirectories
    .map((dir) => dir.path)
    .filter((name) => !pending.includes(name) && !failed.includes(name));
  return { applied, pending, failed, edited: diagnosis.editedMigrationNames, unknown };
}

export interface CreateOptions {
  schemaPath?: string;
  migrationsDir?: string;
  now?: Date;
  /**
   * A migration for data (corrections that must reach existing databases): written even when the
   * schema has not changed, for its SQL to be filled in by hand.
   */
  data?: boolean;
}

/** The start of a data migration's file: what it is for, until its SQL is written. */
export const DATA_MIGRATION_HEADER =
  "-- A data migration: the schema is unchanged. The statements below run once on every database,\n" +
  "-- in order with the other migrations; write them so that they change only what they mean to.\n";

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that turns the snapshot schema into the
 * current one, then makes the current schema the new snapshot. Returns the file written, or null (writing nothing)
 * when the schemas are equivalent, unless it is a data migration (`data`). Never touches a database.
 */
export async function createMigration(
  name: string,
  opts: CreateOptions = {},
): Promise<string | null> {
  const problem = migrationNameProblem(name);
  if (problem) throw new MigrationError(`Invalid migration name: ${problem}.`);
  const schemaPath = path.resolve(opts.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const migrationsDir = path.resolve(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const snapshotPath = path.join(migrationsDir, SNAPSHOT_FILE_NAME);

  const schema = await readOptionalFile(schemaPath);
  if (schema === null) throw new MigrationError(`No Prisma schema at ${schemaPath}.`);
  const snapshot = await readOptionalFile(snapshotPath);
  if (
    snapshot === null &&
    (await readMigrationsList(migrationsDir)).migrationDirectories.length > 0
  ) {
    throw new MigrationError(
      `${snapshotPath} is missing but migrations exist. Restore it (the schema as of the newest migration) so the next migration is not diffed from an empty database.`,
    );
  }

  const { exitCode, stdout } = await withSchemaEngine(offlineAdapterFactory(), (engine) =>
    engine.diff({
      from: {
        tag: "schemaDatamodel",
        files: [{ path: snapshotPath, content: snapshot ?? EMPTY_DATAMODEL }],
      },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      // Makes the engine report a non-empty diff as exit code 2, instead of us parsing the script.
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  const schemaSql = exitCode === 2 && stdout ? stdout : null;
  if (!schemaSql && !opts.data) return null;

  const migrationDir = path.join(
    migrationsDir,
    `${migrationTimestamp(opts.now ?? new Date())}_${name}`,
  );
  await mkdir(migrationsDir, { recursive: true });
  await mkdir(migrationDir).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EEXIST"
      ? new MigrationError(`${migrationDir} already exists; wait a second and retry.`)
      : error;
  });
  const migrationFile = path.join(migrationDir, MIGRATION_FILE_NAME);
  await writeFile(
    migrationFile,
    opts.data ? DATA_MIGRATION_HEADER + (schemaSql ?? "") : schemaSql!,
  );
  await writeFile(snapshotPath, schema);
  await writeLockfile(migrationsDir);
  return migrationFile;
}
