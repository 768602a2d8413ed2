/**
 * The apps' database role (issue 15, item 5): it can do the apps' work, and nothing it tries lets
 * it change or remove an audit row — not the trigger-bypassing `session_replication_role` a
 * superuser had, not DDL, not programs run by the server.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "./client";
import { ensureLoginRole, grantAppAccess, isOverPowered, rolePowers } from "./roles";
import { adminDatabaseUrl, createAppRole, createTestDatabase, makeUser } from "./testing";
import type { AppRole, TestDatabase } from "./testing";

let database: TestDatabase;
let app: AppRole;
let appDb: Db;
let client: pg.Client;
let auditId: string;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase("kz_roles");
  app = await createAppRole(database.url);
  appDb = createDb(app.url, { max: 2 });
  client = new pg.Client({ connectionString: app.url });
  await client.connect();
  const { user } = await makeUser(database.db);
  userId = user.id;
  // Written by the app role, as the apps write every audit row.
  auditId = (
    await appDb.auditLog.create({
      data: { actorId: user.id, actorLabel: user.email, action: "test.action" },
    })
  ).id;
});

afterAll(async () => {
  await client?.end();
  await appDb?.$disconnect();
  await database?.drop();
  await app?.drop();
});

/** The audit row as the owner sees it, unchanged by every attempt below. */
async function auditRow() {
  return database.db.auditLog.findUnique({
    where: { id: auditId },
    select: { action: true, actorLabel: true },
  });
}

/** Runs `sql` as the app role in a transaction of its own, rolled back; resolves to its error code. */
async function refusal(sql: string): Promise<string | undefined> {
  await client.query("BEGIN");
  try {
    await client.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("the apps' role", () => {
  it("is no superuser and owns nothing", async () => {
    const powers = await rolePowers(app.url);
    expect(powers).toEqual({
      role: app.role,
      superuser: false,
      bypassesRowSecurity: false,
      createsRoles: false,
      ownsAuditLog: false,
      reachesServer: false,
    });
    expect(isOverPowered(powers)).toBe(false);
    // The owner in this test is the server's superuser, as in the embedded database.
    expect(isOverPowered(await rolePowers(database.url))).toBe(true);
  });

  it("reads and writes the record", async () => {
    const source = await appDb.source.create({
      data: { slug: "role-test", title: "Role test", publisher: "Test", kind: "REPORT" },
    });
    await appDb.source.update({ where: { id: source.id }, data: { title: "Renamed" } });
    await appDb.source.delete({ where: { id: source.id } });
    expect(await appDb.auditLog.count()).toBeGreaterThan(0);
  });

  it.each([
    ["UPDATE", `UPDATE "AuditLog" SET action = 'forged'`],
    ["DELETE", `DELETE FROM "AuditLog"`],
    ["TRUNCATE", `TRUNCATE "AuditLog"`],
    ["turning triggers off for the session", "SET session_replication_role = replica"],
    ["turning triggers off for a transaction", "SET LOCAL session_replication_role = replica"],
    ["set_config", "SELECT set_config('session_replication_role', 'replica', true)"],
    ["disabling the trigger", `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`],
    ["dropping the trigger", `DROP TRIGGER "AuditLog_no_update_or_delete" ON "AuditLog"`],
    [
      "replacing the trigger's function",
      `CREATE OR REPLACE FUNCTION "AuditLog_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
    ],
    ["dropping the table", `DROP TABLE "AuditLog" CASCADE`],
    ["renaming the table", `ALTER TABLE "AuditLog" RENAME TO "Old"`],
    ["creating a table", "CREATE TABLE public.scratch (n int)"],
    ["creating a schema", "CREATE SCHEMA scratch"],
    ["running a program", "COPY (SELECT 1) TO PROGRAM 'true'"],
    ["reading a server file", "COPY \"AuditLog\" FROM '/etc/hostname'"],
    ["becoming the owner", "SET ROLE postgres"],
    ["making itself a superuser", "ALTER ROLE CURRENT_USER SUPERUSER"],
    ["changing the migration history", `DELETE FROM "_prisma_migrations"`],
    ["reading the migration history", `SELECT * FROM "_prisma_migrations"`],
  ])("cannot change an audit row by %s", async (_what, sql) => {
    // 42501 insufficient_privilege (a refused grant, or "must be owner" / "must be superuser").
    expect(await refusal(sql)).toBe("42501");
    expect(await auditRow()).toEqual({ action: "test.action", actorLabel: expect.any(String) });
  });

  it("deleting a user keeps their audit rows, as the owner's trigger allows", async () => {
    const before = await auditRow();
    await appDb.user.delete({ where: { id: userId } });
    expect(await auditRow()).toEqual(before);
    const kept = await database.db.auditLog.findUniqueOrThrow({ where: { id: auditId } });
    expect(kept.actorId).toBeNull();
  });
});

describe("ensureLoginRole", () => {
  it("takes back powers and memberships the role was given by hand; grants again are harmless", async () => {
    const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
    await admin.connect();
    try {
      const role = admin.escapeIdentifier(app.role);
      await admin.query(`ALTER ROLE ${role} CREATEDB BYPASSRLS`);
      // A member of the owner's role has the owner's powers: the start-up check must see it.
      await admin.query(`GRANT postgres TO ${role}`);
      await admin.query(`GRANT pg_execute_server_program TO ${role}`);
      expect(await rolePowers(app.url)).toMatchObject({
        ownsAuditLog: true,
        reachesServer: true,
      });
      const password = new URL(app.url).password;
      await ensureLoginRole(adminDatabaseUrl(), app.role, decodeURIComponent(password));
      const { rows } = await admin.query<{ rolcreatedb: boolean; rolbypassrls: boolean }>(
        "SELECT rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = $1",
        [app.role],
      );
      expect(rows[0]).toEqual({ rolcreatedb: false, rolbypassrls: false });
      expect(isOverPowered(await rolePowers(app.url))).toBe(false);
    } finally {
      await admin.end();
    }
    await grantAppAccess(database.url, app.role);
    expect(await refusal(`DELETE FROM "AuditLog"`)).toBe("42501");
    expect(await appDb.auditLog.count()).toBeGreaterThan(0);
  });
});
