import { stat } from "node:fs/promises";

import pg from "pg";

import { connectionError, describeDatabase } from "../migrate/errors";
import { appliedMigrations, dumpColumns, ident, MIGRATIONS_TABLE, readTables } from "./catalog";
import { tableChecksum, type TableChecksum } from "./checksum";
import { BackupError } from "./errors";
import { gzipLineWriter } from "./files";
import { encodeControl, FORMAT, FORMAT_VERSION } from "./format";

const FETCH_ROWS = 2_000;

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: Record<string, TableChecksum>;
  migrations: string[];
}

/** Connects with a message that says what to do when the server is down or the database missing. */
export async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect().catch((error: unknown) => {
    throw connectionError(error, databaseUrl);
  });
  return client;
}

/**
 * Writes a logical dump of the database to `file`: the applied migrations, then every row of every
 * table in the public schema, all read from one snapshot so the tables agree with each other. Works
 * whatever the server's version (no pg_dump needed) and streams, so memory stays flat.
 */
export async function backupDatabase(
  databaseUrl: string,
  file: string,
  options: { log?: (message: string) => void; now?: Date } = {},
): Promise<BackupSummary> {
  const log = options.log ?? (() => {});
  const { server, database } = describeDatabase(databaseUrl);
  const client = await connect(databaseUrl);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const migrations = await appliedMigrations(client);
    if (migrations === null) {
      throw new BackupError(
        `Database "${database}" on ${server} has no ${MIGRATIONS_TABLE} table: it is not this project's database, or was never migrated.`,
      );
    }
    const tables = await readTables(client);
    const version = await client.query<{ server_version: string }>("SHOW server_version");
    const out = await gzipLineWriter(file);
    const checksums: Record<string, TableChecksum> = {};
    try {
      await out.write(
        encodeControl([
          FORMAT,
          {
            version: FORMAT_VERSION,
            createdAt: (options.now ?? new Date()).toISOString(),
            server: version.rows[0]?.server_version ?? "unknown",
            database,
            migrations,
          },
        ]),
      );
      for (const table of tables) {
        await out.write(encodeControl(["table", { name: table.name, columns: table.columns }]));
        const order = table.primaryKey.length
          ? `ORDER BY ${table.primaryKey.map(ident).join(", ")}`
          : "";
        await client.query(
          `DECLARE dump_rows NO SCROLL CURSOR FOR
           SELECT to_jsonb(r)::text AS row
           FROM (SELECT ${dumpColumns(table.columns)} FROM ${ident(table.name)} ${order}) r`,
        );
        for (;;) {
          const batch = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM dump_rows`);
          for (const { row } of batch.rows) await out.write(row);
          if (batch.rows.length < FETCH_ROWS) break;
        }
        await client.query("CLOSE dump_rows");
        checksums[table.name] = await tableChecksum(client, table.name, table.columns);
        log(`${table.name}: ${checksums[table.name]!.rows} rows`);
      }
      await out.write(encodeControl(["end", { tables: checksums }]));
      await out.commit();
    } catch (error) {
      await out.abort();
      throw error;
    }
    await client.query("COMMIT");
    return { file, bytes: (await stat(file)).size, tables: checksums, migrations };
  } finally {
    await client.end();
  }
}
