import { describe, expect, it } from "vitest";

import { DATA_MIGRATION_HEADER } from "../migrate";
import { correctionRevisionsSql } from "./correction-revisions-sql";
import { committedMigration, migrationDirs } from "./testing";

const migration = () => committedMigration("seed_corrections_get_their_revisions");

describe("the correction-revisions migration", () => {
  it("is the SQL written from data/corrections.ts, as a data migration", () => {
    const { sql } = migration();
    expect(sql).toBe(correctionRevisionsSql());
    expect(sql.startsWith(DATA_MIGRATION_HEADER)).toBe(true);
  });

  it("runs after the corrections it records", () => {
    const names = migrationDirs();
    const corrections = committedMigration("seed_corrected_against_the_document").dir;
    expect(names.indexOf(migration().dir)).toBeGreaterThan(names.indexOf(corrections));
  });
});
