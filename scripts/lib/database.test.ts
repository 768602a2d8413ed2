import { describe, expect, it } from "vitest";

import { databaseName, redactUrl, withDatabase } from "./database";

describe("database URLs", () => {
  it("masks the password", () => {
    expect(redactUrl("postgresql://u:secret@h:5432/kz")).toBe("postgresql://u:****@h:5432/kz");
    expect(redactUrl("postgresql://u@h/kz")).toBe("postgresql://u@h/kz");
  });

  it("swaps the database and reads its name", () => {
    const url = withDatabase("postgresql://u:p@h:5432/kz?sslmode=disable", "postgres");
    expect(url).toBe("postgresql://u:p@h:5432/postgres?sslmode=disable");
    expect(databaseName(url)).toBe("postgres");
    expect(databaseName("postgresql://u@h:5432")).toBe("postgres");
  });
});
