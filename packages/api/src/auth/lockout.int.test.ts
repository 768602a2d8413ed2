// The lockout under parallel attempts, on a pool big enough that they really run at once.
import { createDb, type Db } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { useTestDatabaseWithUrl } from "../testing/database";
import { authenticate, MAX_FAILED_LOGINS, type LoginResult } from "./login.service";
import { signInLockKey } from "./sign-in-lock";

const PARALLEL = 30;

const { url } = useTestDatabaseWithUrl("kz_lockout");
let db: Db;

beforeAll(() => {
  db = createDb(url(), { max: PARALLEL + 5 });
});

afterAll(async () => {
  await db?.$disconnect();
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
  it(`${PARALLEL} wrong passwords at once from one address: exactly ${MAX_FAILED_LOGINS} are counted, the pair locks once, and the right password is then refused there only`, async () => {
    const { user, password } = await makeUser(db);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        authenticate(db, { email: user.email, password: `wrong ${i}` }, "192.0.2.1"),
      ),
    );

    // One answer for every failure; the audit log tells them apart.
    expect(tally(results)).toEqual({ invalid: PARALLEL });
    expect(await auditActions(user.email)).toEqual({
      "login.failure": MAX_FAILED_LOGINS - 1,
      "login.lockout": 1,
      "login.locked": PARALLEL - MAX_FAILED_LOGINS,
    });
    const lock = await db.signInLock.findUniqueOrThrow({
      where: { key: signInLockKey(user.email, "192.0.2.1") },
    });
    expect(lock.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticate(db, { email: user.email, password }, "192.0.2.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    // The owner, elsewhere, is not locked out by the stranger's guessing.
    expect(await authenticate(db, { email: user.email, password }, "198.51.100.7")).toMatchObject({
      ok: true,
    });
  });

  it("the right password racing the failure that locks: never both a lockout and a sign-in", async () => {
    for (let round = 0; round < 5; round++) {
      const { user, password } = await makeUser(db);
      await db.signInLock.create({
        data: {
          key: signInLockKey(user.email, null),
          userId: user.id,
          failedCount: MAX_FAILED_LOGINS - 1,
        },
      });
      const results = await Promise.all([
        authenticate(db, { email: user.email, password: "wrong" }, null),
        ...Array.from({ length: 10 }, () =>
          authenticate(db, { email: user.email, password }, null),
        ),
      ]);
      const [wrong, ...right] = results.map(outcomeOf);
      const audit = await auditActions(user.email);
      expect(wrong).toBe("invalid");
      if (audit["login.lockout"]) {
        // The failure got there first: every sign-in after it is refused.
        expect(audit["login.lockout"]).toBe(1);
        expect(right).toEqual(Array.from({ length: 10 }, () => "invalid"));
        expect(audit["login.success"]).toBeUndefined();
        expect(audit["login.locked"]).toBe(10);
      } else {
        // A sign-in got there first and cleared the count: the failure is an ordinary one.
        expect(right.every((r) => r === "ok")).toBe(true);
        expect(audit["login.failure"]).toBe(1);
      }
    }
  });
});
