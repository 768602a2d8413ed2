import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration, DATA_MIGRATION_HEADER, migrationStatus } from "./index";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseName = `kz_migrate_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

const datasource = 'datasource db {\n  provider = "postgresql"\n}\n';
const authorsAndBooks = `${datasource}
model Author {
  id    Int    @id @default(autoincrement())
  name  String
  books Book[]
}

model Book {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])
}
`;
const withIsbn = authorsAndBooks.replace(
  "  title    String\n",
  "  title    String\n  isbn     String? @unique\n",
);

let workDir: string;
let schemaPath: string;
let migrationsDir: string;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function queryTestDb<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "kz-migrate-"));
  schemaPath = path.join(workDir, "schema.prisma");
  migrationsDir = path.join(workDir, "migrations");
  await adminQuery(`CREATE DATABASE "${databaseName}"`);
});

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await rm(workDir, { recursive: true, force: true });
});

describe("migrations through the wasm schema engine", () => {
  it("creates a first migration from a schema, offline", async () => {
    await writeFile(schemaPath, authorsAndBooks);
    const file = await createMigration("init", {
      schemaPath,
      migrationsDir,
      now: new Date("2025-01-02T03:04:05Z"),
    });

    expect(file).toBe(path.join(migrationsDir, "20250102030405_init", "migration.sql"));
    const sql = await readFile(file!, "utf8");
    expect(sql).toContain('CREATE TABLE "Author"');
    expect(sql).toContain('CREATE TABLE "Book"');
    expect(sql).not.toContain("CREATE SCHEMA");
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
    expect(await readFile(path.join(migrationsDir, "schema.snapshot.prisma"), "utf8")).toBe(
      authorsAndBooks,
    );
  });

  it("writes nothing when the schema has not changed", async () => {
    const before = await readdir(migrationsDir);
    expect(await createMigration("nothing_new", { schemaPath, migrationsDir })).toBeNull();
    expect(await readdir(migrationsDir)).toEqual(before);
  });

  it("writes a data migration with the schema unchanged, for its SQL to be written", async () => {
    const file = await createMigration("correct_titles", {
      schemaPath,
      migrationsDir,
      data: true,
      now: new Date("2031-01-01T00:00:00Z"),
    });
    expect(file).toMatch(/20310101000000_correct_titles\/migration\.sql$/);
    expect(await readFile(file!, "utf8")).toBe(DATA_MIGRATION_HEADER);
    await rm(path.dirname(file!), { recursive: true });
  });

  it("applies the migrations and records them in _prisma_migrations", async () => {
    expect(await migrationStatus(databaseUrl, { migrationsDir })).toMatchObject({
      applied: [],
      pending: ["20250102030405_init"],
    });

    const logs: string[] = [];
    const { applied } = await applyMigrations(databaseUrl, {
      migrationsDir,
      log: (m) => logs.push(m),
    });

    expect(applied).toEqual(["20250102030405_init"]);
    expect(logs).toContain("Applied 20250102030405_init");
    const tables = await queryTestDb<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(["Author", "Book", "_prisma_migrations"]);
    const rows = await queryTestDb<{
      migration_name: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>("SELECT migration_name, finished_at, applied_steps_count FROM _prisma_migrations");
    expect(rows).toEqual([
      {
        migration_name: "20250102030405_init",
        finished_at: expect.any(Date),
        applied_steps_count: 1,
      },
    ]);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(databaseUrl, { migrationsDir })).toEqual({ applied: [] });
    expect(await migrationStatus(databaseUrl, { migrationsDir })).toEqual({
      applied: ["20250102030405_init"],
      pending: [],
      failed: [],
      edited: [],
      unknown: [],
    });
  });

  it("diffs a changed schema against the snapshot and applies only the new migration", async () => {
    await writeFile(schemaPath, withIsbn);
    const file = await createMigration("add_isbn", {
      schemaPath,
      migrationsDir,
      now: new Date("2025-01-03T00:00:00Z"),
    });

    const sql = await readFile(file!, "utf8");
    expect(sql).toMatch(/ALTER TABLE "Book" ADD COLUMN\s+"isbn" TEXT/);
    expect(sql).not.toContain("CREATE TABLE");
    expect(await applyMigrations(databaseUrl, { migrationsDir })).toEqual({
      applied: ["20250103000000_add_isbn"],
    });
    const columns = await queryTestDb<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'Book' AND column_name = 'isbn'",
    );
    expect(columns).toHaveLength(1);
  });
});
