import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, makeUser, type TestDatabase } from "./testing";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe("the audit log is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE but still lets a user be deleted", async () => {
    const { db } = database;
    const { user } = await makeUser(db);
    const entry = await db.auditLog.create({
      data: { actorId: user.id, actorLabel: user.email, action: "test.action" },
    });

    await expect(
      db.auditLog.update({ where: { id: entry.id }, data: { action: "forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);

    await db.user.delete({ where: { id: user.id } });
    const kept = await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(kept).toMatchObject({ actorId: null, actorLabel: user.email, action: "test.action" });
  });
});
