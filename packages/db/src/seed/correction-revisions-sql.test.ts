import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { DATA_MIGRATION_HEADER } from "../migrate";
import { correctionRevisionsSql } from "./correction-revisions-sql";

const migrations = new URL("../../prisma/migrations/", import.meta.url);
const migration = readdirSync(migrations).find((d) =>
  d.endsWith("_seed_corrections_get_their_revisions"),
);

describe("the correction-revisions migration", () => {
  it("is the SQL written from data/corrections.ts, as a data migration", () => {
    expect(migration).toBeDefined();
    const sql = readFileSync(new URL(`${migration}/migration.sql`, migrations), "utf8");
    expect(sql).toBe(correctionRevisionsSql());
    expect(sql.startsWith(DATA_MIGRATION_HEADER)).toBe(true);
  });

  it("runs after the corrections it records", () => {
    const names = readdirSync(migrations).sort();
    const corrections = names.findIndex((d) => d.endsWith("_seed_corrected_against_the_document"));
    expect(corrections).toBeGreaterThanOrEqual(0);
    expect(names.indexOf(migration!)).toBeGreaterThan(corrections);
  });
});
