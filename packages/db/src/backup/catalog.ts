import type pg from "pg";

/** Prisma's migration bookkeeping: recreated by migrating, so it is not dumped as rows. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export interface Column {
  name: string;
  /** As `format_type` prints it, e.g. `timestamp(3) without time zone`. */
  type: string;
  /** json and jsonb travel as their text, so a JSON `null` stays distinct from SQL NULL. */
  json: boolean;
}

export interface Table {
  name: string;
  /** The columns that hold data: generated columns are left out and recomputed on restore. */
  columns: Column[];
  /** Primary-key columns, for a stable row order in the dump. */
  primaryKey: string[];
}

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the public schema, read from the catalog, so a table added by a later migration is
 * backed up without anyone remembering to list it.
 */
export async function readTables(client: pg.ClientBase): Promise<Table[]> {
  const { rows } = await client.query<{
    table: string;
    column: string;
    type: string;
    json: boolean;
    pk: number | null;
  }>(
    `
    SELECT c.relname AS table, a.attname AS column,
           format_type(a.atttypid, a.atttypmod) AS type,
           a.atttypid IN ('json'::regtype, 'jsonb'::regtype) AS json,
           array_position(pk.conkey, a.attnum) AS pk
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
    WHERE c.relkind IN ('r', 'p') AND c.relname <> $1 AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`,
    [MIGRATIONS_TABLE],
  );
  const tables = new Map<string, Table & { keyed: [number, string][] }>();
  for (const row of rows) {
    const table = tables.get(row.table) ?? {
      name: row.table,
      columns: [],
      primaryKey: [],
      keyed: [],
    };
    table.columns.push({ name: row.column, type: row.type, json: row.json });
    if (row.pk !== null) table.keyed.push([row.pk, row.column]);
    tables.set(row.table, table);
  }
  return [...tables.values()].map(({ keyed, ...table }) => ({
    ...table,
    primaryKey: keyed.sort(([a], [b]) => a - b).map(([, name]) => name),
  }));
}

/** The select list that a dump row is made of: json columns as their text. */
export function dumpColumns(columns: readonly Column[]): string {
  return columns
    .map((c) => (c.json ? `${ident(c.name)}::text AS ${ident(c.name)}` : ident(c.name)))
    .join(", ");
}

/** Names of the migrations recorded as applied (finished, not rolled back), oldest first. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const exists = await client.query<{ found: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS found`,
    [`public.${ident(MIGRATIONS_TABLE)}`],
  );
  if (!exists.rows[0]?.found) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Tables of `tables` that hold at least one row. */
export async function tablesWithRows(
  client: pg.ClientBase,
  tables: readonly Table[],
): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${ident(table.name)} LIMIT 1`);
    if (rowCount) found.push(table.name);
  }
  return found;
}

/**
 * Moves every serial or identity sequence past the largest value its column holds, so the next
 * insert after a restore does not collide with a restored row.
 */
export async function resetSequences(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column,
            pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.relkind IN ('r', 'p')
       AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
  );
  for (const { table, column, sequence } of rows) {
    await client.query(
      `SELECT setval($1::regclass, COALESCE((SELECT max(${ident(column)}) FROM ${ident(table)}), 0) + 1, false)`,
      [sequence],
    );
  }
  return rows.length;
}
