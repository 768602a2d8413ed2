import { createDb } from "@kz/db";
import type { APIRequestContext, Page } from "@playwright/test";

import { expect, test } from "../fixtures/admin-api";
import { createUser, signInWithForm } from "../fixtures/admin-session";

// Sensitive actions ask again for the password or a second factor once the session's last proof is
// older than REAUTH_MAX_AGE_SECONDS. Rather than wait out the limit, the test moves its own
// session's proof back in time (the server's clock, as it were, moved on).

const db = createDb(process.env.E2E_DATABASE_URL!);
test.afterAll(() => db.$disconnect());

/** Every live session of the user proved itself two days ago. */
const ageSessionsOf = (userId: string) =>
  db.userSession.updateMany({
    where: { userId, endedAt: null },
    data: { reauthenticatedAt: new Date(Date.now() - 2 * 86_400_000) },
  });

/**
 * A new editor signs in, their session's proof grows old, and they ask for a token named
 * `tokenName`: the question to confirm it is them opens.
 */
async function createTokenOnOldSession(
  api: APIRequestContext,
  page: Page,
  userLabel: string,
  tokenName: string,
) {
  const user = await createUser(api, "EDITOR", userLabel);
  await signInWithForm(page, user);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await ageSessionsOf(user.id);

  await page.goto("/tokens");
  await page.getByLabel("Name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Confirm it is you" });
  await expect(dialog).toBeVisible();
  return { user, dialog };
}

test("creating a token on an old session asks to confirm it is you, then goes ahead", async ({
  api,
  page,
}) => {
  const { user, dialog } = await createTokenOnOldSession(api, page, "reauth", "after reauth");

  // A wrong password: refused in the dialog, and nothing made.
  await dialog.getByLabel("Password or code").fill("not my password");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(dialog.getByText(/That did not prove it is you/)).toBeVisible();
  expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);

  // The right one: the dialog closes and the refused action is sent again, once.
  await dialog.getByLabel("Password or code").fill(user.password);
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("API token")).toBeVisible();
  expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(1);
  const audited = await db.auditLog.findMany({
    where: { entityId: user.id, action: { in: ["session.reauth", "session.reauth.failure"] } },
    orderBy: { createdAt: "asc" },
  });
  expect(audited.map((a) => a.action)).toEqual(["session.reauth.failure", "session.reauth"]);
});

test("cancelling the question leaves the action undone, with the reason shown", async ({
  api,
  page,
}) => {
  const { user, dialog } = await createTokenOnOldSession(api, page, "reauth-cancel", "never made");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Confirm it is you: this action needs your password/)).toBeVisible();
  expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);
});
