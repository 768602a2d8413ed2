import type { Db } from "@kz/db";

/**
 * What a request may change even when its input is refused, so the checksums leave it out:
 * - RateLimit: every call is counted before its input is read, refused ones too (ratelimit/).
 * - ApiToken.lastUsedAt: authenticating a token records its use, at most once a minute.
 * - UserSession.lastSeenAt: a session's request records it, at most once a minute.
 */
const CHANGED_BY_ANY_CALL: Record<string, "whole table" | string[]> = {
  RateLimit: "whole table",
  ApiToken: ["lastUsedAt"],
  UserSession: ["lastSeenAt"],
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** An md5 of every row of every table of the schema (rows as JSON, in a stable order), by table. */
export async function tableChecksums(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const skipped = CHANGED_BY_ANY_CALL[name];
    if (skipped === "whole table") continue;
    const row = skipped
      ? `to_jsonb(t) - ARRAY[${skipped.map(quoteLiteral).join(", ")}]::text[]`
      : "to_jsonb(t)";
    const [result] = await db.$queryRawUnsafe<{ sum: string; rows: number }[]>(
      `SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS sum, count(*)::int AS rows
       FROM (SELECT (${row})::text AS r FROM ${quoteIdent(name)} t) rows`,
    );
    sums[name] = `${result?.rows ?? 0} rows, md5 ${result?.sum ?? ""}`;
  }
  return sums;
}

/** The tables whose checksum differs between two snapshots. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
