import pg from "pg";
import { connectionError } from "./errors";
import { withSchemaEngine, type SchemaEngine } from "./engine";
import { WholeScriptPrismaPg } from "./whole-script-adapter";

/** Runs `work` with a schema engine connected to `databaseUrl` through the pg driver adapter. */
export async function withDatabaseEngine<T>(
  databaseUrl: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  // We own the pool (rather than letting PrismaPg create one) so it is closed even if the engine never
  // disposes its adapter, and so a failed first connection surfaces as a pg error we can explain.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // A pooled connection the server drops while idle must not crash the process; the next query reports it.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1").catch((error: unknown) => {
      throw connectionError(error, databaseUrl);
    });
    return await withSchemaEngine(new WholeScriptPrismaPg(pool), work);
  } finally {
    await pool.end();
  }
}
