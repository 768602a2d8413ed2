import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { DATA_MIGRATION_HEADER } from "../migrate";
import { correctionsSql } from "./corrections-sql";

const migrations = new URL("../../prisma/migrations/", import.meta.url);
const migration = readdirSync(migrations).find((d) =>
  d.endsWith("_seed_corrected_against_the_document"),
);

describe("the seed-corrections migration", () => {
  it("is the SQL written from data/corrections.ts, as a data migration", () => {
    expect(migration).toBeDefined();
    const sql = readFileSync(new URL(`${migration}/migration.sql`, migrations), "utf8");
    expect(sql).toBe(correctionsSql());
    expect(sql.startsWith(DATA_MIGRATION_HEADER)).toBe(true);
  });
});
