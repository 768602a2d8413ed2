// A failed sign-in does the same work whatever the reason, so its time does not tell an attacker
// whether the email exists. Asserted on the work done, not on timings.
import * as kzDb from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { useTestDatabase } from "../testing/database";
import { authenticate } from "./login.service";
import { signInLockKey } from "./sign-in-lock";

// A pass-through spy: the real argon2 verification runs; the test only sees which hash it was given.
vi.mock("@kz/db", async (importOriginal) => {
  const actual = await importOriginal<typeof kzDb>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const db = useTestDatabase("kz_login_work");
const verify = vi.mocked(kzDb.verifyPassword);

beforeEach(() => verify.mockClear());

/** The argon2 variant and cost parameters of a PHC hash string: `$argon2id$v=19$m=…,t=…,p=…`. */
const costOf = (hash: string) => hash.split("$").slice(1, 4).join("$");

describe("every failed sign-in verifies one password hash at the same cost", () => {
  const cases: Record<string, () => Promise<{ email: string; password: string }>> = {
    "an unknown email": async () => ({ email: "nobody-here@example.org", password: "guess" }),
    "a wrong password": async () => ({
      email: (await makeUser(db())).user.email,
      password: "guess",
    }),
    "a locked account": async () => {
      const { user, password } = await makeUser(db());
      await db().signInLock.create({
        data: {
          key: signInLockKey(user.email, null),
          userId: user.id,
          lockedUntil: new Date(Date.now() + 60_000),
        },
      });
      return { email: user.email, password };
    },
    "a deactivated account": async () => {
      const { user, password } = await makeUser(db(), { active: false });
      return { email: user.email, password };
    },
    "input that is not an email": async () => ({ email: "not an email", password: "guess" }),
  };

  it.each(Object.keys(cases))("%s", async (name) => {
    const reference = (await makeUser(db())).user.passwordHash;
    const credentials = await cases[name]!();
    verify.mockClear();

    const before = await db().signInLock.findUnique({
      where: { key: signInLockKey(credentials.email, null) },
    });

    const result = await authenticate(db(), credentials, null);

    // One answer, whatever the reason.
    expect(result).toEqual({ ok: false, reason: "invalid" });
    // The same database work: the (email, address) pair's count is where every failure goes.
    const after = await db().signInLock.findUniqueOrThrow({
      where: { key: signInLockKey(credentials.email, null) },
    });
    expect(after.lockedUntil ? "locked" : after.failedCount).toBe(
      before?.lockedUntil ? "locked" : 1,
    );
    expect(verify).toHaveBeenCalledTimes(1);
    const [hash] = verify.mock.calls[0]!;
    expect(costOf(hash)).toBe(costOf(reference));
    expect(costOf(hash)).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
  });
});
