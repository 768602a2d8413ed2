import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import type pg from "pg";

type PgError = Error & {
  code?: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
};

/**
 * The pg driver adapter runs a migration script by splitting it on every `;` — inside quotes,
 * dollar-quoted function bodies and comments too — so a plpgsql trigger cannot be migrated. Prisma's
 * native engine sends the whole script as one simple-protocol query; this adapter does the same.
 */
export class WholeScriptPrismaPg extends PrismaPg {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    super(pool);
    this.#pool = pool;
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      try {
        await this.#pool.query(script);
      } catch (error) {
        const e = error as PgError;
        if (typeof e.code !== "string") throw error;
        throw new DriverAdapterError({
          kind: "postgres",
          code: e.code,
          severity: e.severity ?? "ERROR",
          message: e.message,
          detail: e.detail,
          column: e.column,
          hint: e.hint,
        });
      }
    };
    return adapter;
  }
}
