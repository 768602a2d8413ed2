import type { APIRequestContext, Browser, Page } from "@playwright/test";

import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import {
  createUser,
  newSession,
  type CreatedUser,
  type Role,
  signIn,
  SIGN_IN_REFUSED,
  signInWithForm,
  trpc,
  uniqueEmail,
  untilNextSecond,
} from "../fixtures/admin-session";
import { sidebarLink } from "../fixtures/admin-page";

// Users are created with unique emails, never as ADMIN outside the serial block at the end: that
// block relies on the seeded admin being the only active admin.

const userRow = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });

/**
 * A new user of `role`, signed in on a browser of their own at `path` (showing its `heading`),
 * while `run` acts; their browser is closed after, whatever happens.
 */
async function inTheirSession(
  api: APIRequestContext,
  browser: Browser,
  role: Role,
  path: string,
  heading: string,
  run: (theirs: Page, user: CreatedUser) => Promise<void>,
) {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const user = await createUser(api, role);
  const theirs = await newSession(browser, user);
  try {
    await theirs.page.goto(path);
    await expect(theirs.page.getByRole("heading", { name: heading })).toBeVisible();
    await run(theirs.page, user);
  } finally {
    await theirs.context.close();
  }
}

async function openUsers(page: Page, email: string) {
  await page.goto(`/users?q=${encodeURIComponent(email)}`);
  await expect(userRow(page, email)).toBeVisible();
  return userRow(page, email);
}

test("an admin creates a contributor, sees the one-time password once, and the contributor signs in with it", async ({
  page,
  browser,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  await signIn(page.context().request, E2E_ADMIN);
  const email = uniqueEmail("contributor");
  await page.goto("/users");
  const opener = page.getByRole("button", { name: "Create user" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await expect(dialog.getByLabel("Email")).toBeFocused();
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Name").fill("New Contributor");
  await dialog.getByLabel("Role").selectOption("CONTRIBUTOR");
  await dialog.getByRole("button", { name: "Create user" }).click();

  const secret = dialog.getByLabel("One-time password");
  await expect(secret).toBeVisible();
  const password = await secret.inputValue();
  expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
  await expect(dialog).toContainText("shown only once");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // Shown once: nowhere on the page any more.
  expect(await page.content()).not.toContain(password);

  const row = await openUsers(page, email);
  await expect(row).toContainText("Contributor");
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  // The same email again is refused beside the field, with the server's message.
  await page.getByRole("button", { name: "Create user" }).click();
  await dialog.getByLabel("Email").fill(email.toUpperCase());
  await dialog.getByLabel("Name").fill("Someone Else");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("A user with this email already exists")).toBeVisible();
  await expect(dialog.getByLabel("Email")).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  const contributor = await newSession(browser);
  try {
    await signInWithForm(contributor.page, { email, password });
    await expect(contributor.page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(contributor.page.getByText(`Signed in as ${email}`)).toBeVisible();
    const nav = contributor.page.getByRole("navigation", { name: "Admin sections" });
    await expect(nav.getByRole("link", { name: "Events" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  } finally {
    await contributor.context.close();
  }
});

test("resetting a password ends the user's session at their next navigation", async ({
  api,
  page,
  browser,
}) => {
  await inTheirSession(api, browser, "EDITOR", "/", "Dashboard", async (theirs, user) => {
    await untilNextSecond();

    await signIn(page.context().request, E2E_ADMIN);
    const row = await openUsers(page, user.email);
    await row.getByRole("button", { name: /Reset password/ }).click();
    const dialog = page.getByRole("dialog", { name: `Reset the password of ${user.email}` });
    await dialog.getByRole("button", { name: "Reset password" }).click();
    const newPassword = await dialog.getByLabel("New one-time password").inputValue();
    expect(newPassword).not.toBe(user.password);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(row.getByRole("button", { name: /Reset password/ })).toBeFocused();

    // Their open page still shows; their next navigation finds the session ended.
    await sidebarLink(theirs, "Account").click();
    await expect(theirs).toHaveURL(/\/login/);
    await expect(theirs.getByText("Your session has ended")).toBeVisible();

    await signInWithForm(theirs, user);
    await expect(theirs.getByRole("main").getByRole("alert")).toHaveText(SIGN_IN_REFUSED);
    await signInWithForm(theirs, { email: user.email, password: newPassword });
    await expect(theirs.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  });
});

test("deactivating a user ends their session; activating lets them back in", async ({
  api,
  page,
  browser,
}) => {
  await inTheirSession(
    api,
    browser,
    "CONTRIBUTOR",
    "/tokens",
    "API tokens",
    async (theirs, user) => {
      await signIn(page.context().request, E2E_ADMIN);
      const row = await openUsers(page, user.email);
      await row.getByRole("button", { name: /Deactivate/ }).click();
      const dialog = page.getByRole("dialog", { name: `Deactivate ${user.email}?` });
      // A confirmation starts on Cancel.
      await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
      await dialog.getByRole("button", { name: "Deactivate" }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toBeVisible();
      await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

      await theirs.reload();
      await expect(theirs).toHaveURL(/\/login/);
      await signInWithForm(theirs, user);
      // The same answer as a wrong password: the sign-in page does not say an account is deactivated.
      await expect(theirs.getByRole("main").getByRole("alert")).toHaveText(SIGN_IN_REFUSED);

      await row.getByRole("button", { name: /Activate/ }).click();
      await expect(page.getByRole("status").filter({ hasText: "is active again" })).toBeVisible();
      await expect(row.getByText("Active", { exact: true })).toBeVisible();
      await signInWithForm(theirs, user);
      await expect(theirs.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    },
  );
});

test("a non-admin gets a 403 for users and the audit log, from the pages and the API", async ({
  api,
  page,
}) => {
  const editor = await createUser(api, "EDITOR");
  await signIn(page.context().request, editor);

  for (const path of ["/users", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  }
  const list = await trpc(page.context().request, "user.list", {}, "query");
  expect(list.status).toBe(403);
  const audit = await trpc(page.context().request, "audit.list", {}, "query");
  expect(audit.status).toBe(403);
});

test.describe("the last active admin", () => {
  // In order, in one worker: the first test needs the seeded admin to be the only active admin, the
  // second makes (and then removes) a second one.
  test.describe.configure({ mode: "serial" });

  test("cannot be deactivated or demoted", async ({ api, page }) => {
    const admins = await trpc<{ items: { email: string }[] }>(
      api,
      "user.list",
      { role: "ADMIN", active: true, limit: 100 },
      "query",
    );
    expect(
      admins.ok && admins.data.items.map((u) => u.email),
      "another spec left an active admin: only this file may create admins",
    ).toEqual([E2E_ADMIN.email]);

    await signIn(page.context().request, E2E_ADMIN);
    const row = await openUsers(page, E2E_ADMIN.email);
    await row.getByRole("button", { name: /Deactivate/ }).click();
    const deactivate = page.getByRole("dialog", { name: `Deactivate ${E2E_ADMIN.email}?` });
    await expect(deactivate).toContainText("This is your own account");
    await deactivate.getByRole("button", { name: "Deactivate" }).click();
    await expect(deactivate.getByRole("alert")).toContainText(
      `${E2E_ADMIN.email} is the last active admin and cannot be deactivated`,
    );
    await deactivate.getByRole("button", { name: "Close" }).click();

    await row.getByRole("button", { name: /Change role/ }).click();
    const role = page.getByRole("dialog", { name: `Change the role of ${E2E_ADMIN.email}` });
    await role.getByLabel("Editor").check();
    await role.getByRole("button", { name: "Save role" }).click();
    await expect(role.getByRole("alert")).toContainText("is the last active admin");
    await role.getByRole("button", { name: "Cancel" }).click();

    await page.reload();
    const after = userRow(page, E2E_ADMIN.email);
    await expect(after.getByRole("cell", { name: "Admin", exact: true })).toBeVisible();
    await expect(after.getByText("Active", { exact: true })).toBeVisible();
  });

  test("can be joined by another admin, who can then be deactivated", async ({ api, page }) => {
    const user = await createUser(api, "VIEWER", "second-admin");
    try {
      await signIn(page.context().request, E2E_ADMIN);
      const row = await openUsers(page, user.email);
      await row.getByRole("button", { name: /Change role/ }).click();
      const role = page.getByRole("dialog", { name: `Change the role of ${user.email}` });
      await role.getByLabel("Admin").check();
      await role.getByRole("button", { name: "Save role" }).click();
      await expect(page.getByRole("status").filter({ hasText: "is now admin" })).toBeVisible();

      await row.getByRole("button", { name: /Deactivate/ }).click();
      await page
        .getByRole("dialog", { name: `Deactivate ${user.email}?` })
        .getByRole("button", { name: "Deactivate" })
        .click();
      await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toBeVisible();
    } finally {
      // Never leave a second active admin behind, even when an assertion failed.
      await trpc(api, "user.deactivate", { id: user.id });
    }
  });
});
