import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("uses the default ports and no database when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ EMBEDDED_PG_PORT: 54329, WEB_PORT: 3000, ADMIN_PORT: 3001 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", WEB_PORT: " " }).DATABASE_URL).toBeUndefined();
  });

  it("reads ports and a postgres URL", () => {
    const env = parseEnv({ WEB_PORT: "4000", DATABASE_URL: "postgresql://u@127.0.0.1:5432/kz" });
    expect(env.WEB_PORT).toBe(4000);
    expect(env.DATABASE_URL).toBe("postgresql://u@127.0.0.1:5432/kz");
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      parseEnv({
        WEB_PORT: "abc",
        DATABASE_URL: "mysql://x",
        ADMIN_EMAIL: "nope",
        AUTH_SECRET: "short",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems.join("\n");
    expect(problems).toMatch(/WEB_PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/ADMIN_EMAIL/);
    expect(problems).toMatch(/AUTH_SECRET/);
  });

  it("rejects out-of-range ports and equal app ports", () => {
    expect(() => parseEnv({ ADMIN_PORT: "70000" })).toThrow(EnvError);
    expect(() => parseEnv({ WEB_PORT: "3001" })).toThrow(/must differ/);
  });

  it("takes an owner's URL for migrations only beside the apps' URL, on the same database", () => {
    const owner = "postgresql://owner:pw@db.example:5432/kz";
    const app = "postgresql://kz_app:pw@db.example:5432/kz";
    expect(parseEnv({ MIGRATION_DATABASE_URL: owner, DATABASE_URL: app })).toMatchObject({
      MIGRATION_DATABASE_URL: owner,
      DATABASE_URL: app,
    });
    expect(() => parseEnv({ MIGRATION_DATABASE_URL: owner })).toThrow(
      /DATABASE_URL is not: set DATABASE_URL to the apps' role/,
    );
    expect(() =>
      parseEnv({ MIGRATION_DATABASE_URL: owner, DATABASE_URL: app.replace(/\/kz$/, "/other") }),
    ).toThrow(/name different databases/);
    // One server, named two ways.
    expect(() =>
      parseEnv({
        MIGRATION_DATABASE_URL: "postgresql://owner@localhost:5432/kz",
        DATABASE_URL: "postgresql://kz_app@127.0.0.1:5432/kz",
      }),
    ).not.toThrow();
  });
});
