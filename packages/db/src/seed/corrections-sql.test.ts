import { describe, expect, it } from "vitest";

import { DATA_MIGRATION_HEADER } from "../migrate";
import { correctionsSql } from "./corrections-sql";
import { committedMigration } from "./testing";

describe("the seed-corrections migration", () => {
  it("is the SQL written from data/corrections.ts, as a data migration", () => {
    const { sql } = committedMigration("seed_corrected_against_the_document");
    expect(sql).toBe(correctionsSql());
    expect(sql.startsWith(DATA_MIGRATION_HEADER)).toBe(true);
  });
});
