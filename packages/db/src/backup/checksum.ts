import type pg from "pg";

import { dumpColumns, ident, type Column } from "./catalog";

export interface TableChecksum {
  rows: number;
  /** Order-independent: the sum of a hash of every row, computed by Postgres in one pass. */
  checksum: string;
}

/**
 * A fingerprint of a table's content over `columns`. Rows are hashed as Postgres renders them to
 * JSON and the hashes summed (as numeric, so it cannot overflow), so two databases holding the same
 * rows agree whatever order the rows were written in, without sorting or holding the table in memory.
 */
export async function tableChecksum(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
): Promise<TableChecksum> {
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*)::text AS rows,
            COALESCE(sum(('x' || left(md5(to_jsonb(r)::text), 15))::bit(60)::bigint), 0)::text
              AS checksum
     FROM (SELECT ${dumpColumns(columns)} FROM ${ident(table)}) r`,
  );
  const row = rows[0]!;
  return { rows: Number(row.rows), checksum: row.checksum };
}
