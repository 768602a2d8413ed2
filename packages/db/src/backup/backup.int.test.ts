import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { seedDocument } from "../seed/index";
import { adminDatabaseUrl, createTestDatabase, makeUser, type TestDatabase } from "../testing";
import { backupDatabase, BackupError, restoreDatabase, type BackupSummary } from "./index";

let source: TestDatabase;
let dir: string;
let file: string;
let backup: BackupSummary;
const bare: { url: string; drop: () => Promise<void> }[] = [];

/** A database with nothing in it, not even migrations: restore has to build everything. */
async function bareDatabase() {
  const name = `kz_restore_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  const database = {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminDatabaseUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
    },
  };
  bare.push(database);
  return database;
}

/** Row count and a hash of every whole row (generated columns included), per table. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      // Row text keeps SQL NULL (empty) and JSON null (`null`) apart; the migrations table has
      // timestamps of when each was applied, so only its names are compared.
      const row = name === "_prisma_migrations" ? "t.migration_name" : "t::text";
      const { rows } = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(md5(${row}), '' ORDER BY md5(${row}))) AS h
         FROM "${name}" t`,
      );
      result[name] = `${rows[0]!.n}:${rows[0]!.h ?? ""}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The edits an editor makes after seeding: an update with its revision, a publish, a trash. */
async function edit(db: Db) {
  const [event, draft, trashed] = await db.event.findMany({ orderBy: { slug: "asc" }, take: 3 });
  const { user } = await makeUser(db, { role: "EDITOR" });
  await db.event.update({
    where: { id: event!.id },
    data: {
      title: `${event!.title} (edited)`,
      version: { increment: 1 },
      pendingChanges: { title: "Working title", changeNote: null },
    },
  });
  await db.revision.create({
    data: {
      entityType: "EVENT",
      entityId: event!.id,
      version: event!.version + 1,
      action: "update",
      snapshot: { title: `${event!.title} (edited)`, tags: ["a", "b"], nested: { n: 1.5 } },
      authorId: user.id,
    },
  });
  await db.event.update({ where: { id: draft!.id }, data: { status: "DRAFT" } });
  await db.event.update({
    where: { id: draft!.id },
    data: { status: "PUBLISHED", publishedAt: new Date("2026-05-01T10:11:12.345Z") },
  });
  await db.event.update({ where: { id: trashed!.id }, data: { deletedAt: new Date() } });
  await db.auditLog.createMany({
    data: [
      { actorId: user.id, actorLabel: user.email, action: "event.update", details: { v: 2 } },
      { actorLabel: "system", action: "json.null", details: Prisma.JsonNull },
      { actorLabel: "system", action: "sql.null", details: Prisma.DbNull },
    ],
  });
  await db.changeLog.create({
    data: { entityType: "EVENT", entityId: trashed!.id, slug: trashed!.slug, change: "DELETED" },
  });
  await db.apiToken.create({
    data: {
      userId: user.id,
      name: "partner",
      prefix: randomBytes(6).toString("hex"),
      tokenHash: "0".repeat(64),
      scopes: ["read:drafts", "write"],
      expiresAt: new Date("2030-01-01T00:00:00Z"),
    },
  });
  await db.signInLock.create({
    data: {
      key: `${user.email}|192.0.2.1`,
      userId: user.id,
      failedCount: 3,
      lockedUntil: new Date("2026-06-01T00:00:00Z"),
    },
  });
  await db.user.update({
    where: { id: user.id },
    data: {
      signInNotice: {
        since: "2026-05-01T00:00:00.000Z",
        failedAttempts: 3,
        lockouts: 0,
        addresses: 1,
      },
    },
  });
}

beforeAll(async () => {
  source = await createTestDatabase("kz_backup");
  await seedDocument(source.db);
  await edit(source.db);
  dir = await mkdtemp(path.join(os.tmpdir(), "kz-backup-test-"));
  file = path.join(dir, "round-trip.kzdump.gz");
  backup = await backupDatabase(source.url, file);
}, 120_000);

afterAll(async () => {
  await source?.drop();
  for (const database of bare) await database.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("dumps every table of the schema, with the applied migrations", async () => {
    const client = new pg.Client({ connectionString: source.url });
    await client.connect();
    const { rows } = await client
      .query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables
         WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      )
      .finally(() => client.end());
    expect(Object.keys(backup.tables).sort()).toEqual(rows.map((r) => r.name).sort());
    expect(backup.tables.Event!.rows).toBeGreaterThan(10);
    expect(backup.tables.AuditLog!.rows).toBeGreaterThanOrEqual(3);
    expect(backup.migrations.length).toBeGreaterThan(0);
    expect(backup.bytes).toBeGreaterThan(1_000);

    const lines = gunzipSync(await readFile(file))
      .toString("utf8")
      .trimEnd()
      .split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject([
      "kzdump",
      { version: 1, migrations: backup.migrations },
    ]);
    expect(JSON.parse(lines.at(-1)!)[0]).toBe("end");
    // Generated columns are recomputed on restore, not carried.
    expect(lines.some((l) => l.includes('"searchVector"'))).toBe(false);
  });

  it("restores into an empty database: same migrations, same rows, same content", async () => {
    const target = await bareDatabase();
    const restored = await restoreDatabase(target.url, file);
    expect(restored.replaced).toBe(false);
    expect(restored.tables).toEqual(backup.tables);
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source.url));

    // Sequences were moved past the restored rows: a new change gets the next number.
    const db = createDb(target.url, { max: 1 });
    try {
      const last = await db.changeLog.findFirstOrThrow({ orderBy: { seq: "desc" } });
      const next = await db.changeLog.create({
        data: { entityType: "EVENT", entityId: "x", slug: "x", change: "PUBLISHED" },
      });
      expect(next.seq).toBe(last.seq + 1n);
      // The append-only trigger came back with the schema and works again after the load.
      await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a database that holds rows unless forced, then replaces its content", async () => {
    const target = await createTestDatabase("kz_restore_force");
    try {
      await makeUser(target.db);
      await target.db.auditLog.create({ data: { actorLabel: "someone", action: "x" } });
      const error = await restoreDatabase(target.url, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(/already holds data.*--force/s);
      expect(await target.db.user.count()).toBe(1);

      const restored = await restoreDatabase(target.url, file, { force: true });
      expect(restored.replaced).toBe(true);
      expect(await fingerprint(target.url)).toEqual(await fingerprint(source.url));
    } finally {
      await target.drop();
    }
  });

  it("refuses a backup cut short, leaving the database as it was", async () => {
    const lines = gunzipSync(await readFile(file))
      .toString("utf8")
      .trimEnd()
      .split("\n");
    const cut = path.join(dir, "cut.kzdump.gz");
    await writeFile(cut, gzipSync(`${lines.slice(0, -1).join("\n")}\n`));
    const target = await bareDatabase();
    await expect(restoreDatabase(target.url, cut)).rejects.toThrow(/cut short/);
    const counts = await fingerprint(target.url);
    expect(
      Object.entries(counts).filter(([t, v]) => t !== "_prisma_migrations" && !v.startsWith("0:")),
    ).toEqual([]);
  });

  it("refuses a backup whose rows differ from its checksums", async () => {
    const text = gunzipSync(await readFile(file)).toString("utf8");
    const tampered = path.join(dir, "tampered.kzdump.gz");
    await writeFile(tampered, gzipSync(text.replace("(edited)", "(tampered)")));
    const target = await bareDatabase();
    await expect(restoreDatabase(target.url, tampered)).rejects.toThrow(
      /does not match the backup.*Nothing was restored/,
    );
  });

  it("says what a file is when it is not a backup", async () => {
    const plain = path.join(dir, "plain.txt");
    await writeFile(plain, "hello\n");
    const notDump = path.join(dir, "other.gz");
    await writeFile(notDump, gzipSync('{"a":1}\n'));
    const target = await bareDatabase();
    await expect(restoreDatabase(target.url, plain)).rejects.toThrow(/not a gzip file/);
    await expect(restoreDatabase(target.url, notDump)).rejects.toThrow(/not a backup made by/);
    await expect(restoreDatabase(target.url, path.join(dir, "missing.gz"))).rejects.toThrow(
      /No such file/,
    );
  });
});
