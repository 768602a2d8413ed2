// What ends a session, through the same calls the admin makes (the e2e tests drive them in a browser).
import type { Role } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, outcome } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { userForSession, authenticate } from "./login.service";

const { db, users } = useTestDatabaseWithRoles("kz_session_end");

/** A user signed in now, with the moment of sign-in their session carries. */
async function signedIn(role: Role = "EDITOR") {
  const { user, password } = await makeUser(db(), { role });
  const result = await authenticate(db(), { email: user.email, password }, null);
  expect(result.ok).toBe(true);
  const session = { userId: user.id, authenticatedAt: Date.now() };
  // The change below must come strictly after the sign-in, as it does for a person.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { user, password, session };
}

describe("a session signed in before the change is refused afterwards", () => {
  it("deactivation by an admin", async () => {
    const { user, session } = await signedIn();
    expect(await userForSession(db(), session)).toMatchObject({ id: user.id });
    await callerFor(db(), users.ADMIN).user.deactivate({ id: user.id });
    expect(await userForSession(db(), session)).toBeNull();
    // Activating again does not bring the old session back.
    await callerFor(db(), users.ADMIN).user.activate({ id: user.id });
    expect(await userForSession(db(), session)).toBeNull();
  });

  it("a password reset by an admin; a sign-in with the new password starts a valid session", async () => {
    const { user, session } = await signedIn();
    const { password } = await callerFor(db(), users.ADMIN).user.resetPassword({ id: user.id });
    expect(await userForSession(db(), session)).toBeNull();
    expect(await authenticate(db(), { email: user.email, password }, null)).toMatchObject({
      ok: true,
    });
    expect(
      await userForSession(db(), { userId: user.id, authenticatedAt: Date.now() }),
    ).toMatchObject({ id: user.id });
  });

  it("changing one's own password ends that session too, and every other one", async () => {
    const { user, password, session } = await signedIn("VIEWER");
    const other = { ...session, authenticatedAt: session.authenticatedAt - 60_000 };
    const self = callerFor(db(), {
      id: user.id,
      email: user.email,
      name: user.name,
      role: "VIEWER",
    });
    expect(
      await outcome(
        self.me.changePassword({ currentPassword: password, newPassword: `${password}-changed` }),
      ),
    ).toBe("ok");
    expect(await userForSession(db(), session)).toBeNull();
    expect(await userForSession(db(), other)).toBeNull();
  });
});
