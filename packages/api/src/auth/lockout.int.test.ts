// The lockout under parallel attempts, on a pool big enough that they really run at once.
import { createDb, type Db } from "@kz/db";
import { createTestDatabase, makeUser, type TestDatabase } from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticate, MAX_FAILED_LOGINS, type LoginResult } from "./login.service";

const PARALLEL = 30;

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase("kz_lockout");
  db = createDb(database.url, { max: PARALLEL + 5 });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const outcomeOf = (r: LoginResult) => (r.ok ? "ok" : r.reason);

const tally = (results: LoginResult[]) =>
  results.reduce<Record<string, number>>((counts, r) => {
    counts[outcomeOf(r)] = (counts[outcomeOf(r)] ?? 0) + 1;
    return counts;
  }, {});

async function auditActions(email: string): Promise<Record<string, number>> {
  const rows = await db.auditLog.groupBy({
    by: ["action"],
    where: { actorLabel: email },
    _count: true,
  });
  return Object.fromEntries(rows.map((r) => [r.action, r._count]));
}

describe("the lockout under parallel attempts", () => {
  it(`${PARALLEL} wrong passwords at once: exactly ${MAX_FAILED_LOGINS} are counted, the account locks once, and the right password is then refused`, async () => {
    const { user, password } = await makeUser(db);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        authenticate(db, { email: user.email, password: `wrong ${i}` }, "192.0.2.1"),
      ),
    );

    expect(tally(results)).toEqual({
      invalid: MAX_FAILED_LOGINS - 1,
      locked: PARALLEL - MAX_FAILED_LOGINS + 1,
    });
    expect(await auditActions(user.email)).toEqual({
      "login.failure": MAX_FAILED_LOGINS - 1,
      "login.lockout": 1,
      "login.locked": PARALLEL - MAX_FAILED_LOGINS,
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticate(db, { email: user.email, password }, null)).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("the right password racing the failure that locks: never both a lockout and a sign-in", async () => {
    for (let round = 0; round < 5; round++) {
      const { user, password } = await makeUser(db);
      await db.user.update({
        where: { id: user.id },
        data: { failedLoginCount: MAX_FAILED_LOGINS - 1 },
      });
      const results = await Promise.all([
        authenticate(db, { email: user.email, password: "wrong" }, null),
        ...Array.from({ length: 10 }, () =>
          authenticate(db, { email: user.email, password }, null),
        ),
      ]);
      const [wrong, ...right] = results.map(outcomeOf);
      const audit = await auditActions(user.email);
      if (wrong === "locked") {
        // The failure got there first: every sign-in after it is refused.
        expect(right).toEqual(Array.from({ length: 10 }, () => "locked"));
        expect(audit["login.success"]).toBeUndefined();
        expect(audit["login.lockout"]).toBe(1);
      } else {
        // A sign-in got there first and cleared the count: the failure is an ordinary one.
        expect(wrong).toBe("invalid");
        expect(right.every((r) => r === "ok")).toBe(true);
        expect(audit["login.lockout"]).toBeUndefined();
      }
    }
  });
});
