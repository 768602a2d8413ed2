import type { APIRequest, APIRequestContext } from "@playwright/test";

import { ADMIN_URL } from "../../ports";
import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import {
  createUser,
  newSession,
  signIn,
  signInWithForm,
  trpc,
  type CreatedUser,
} from "../fixtures/admin-session";

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a token's secret is shown once, works as a Bearer token, is listed without it, and can be revoked", async ({
  api,
  page,
  playwright,
}) => {
  const owner = await createUser(api, "CONTRIBUTOR", "token-owner");
  await signIn(page.context().request, owner);
  const name = `mirror ${owner.email.split("@")[0]}`;

  await page.goto("/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: "read:drafts" }).check();
  await page.getByRole("checkbox", { name: "write" }).check();
  await page.getByLabel("Expires on").fill(inDays(30));
  await page.getByRole("button", { name: "Create token" }).click();

  const field = page.getByLabel("API token");
  await expect(field).toBeVisible();
  const secret = await field.inputValue();
  expect(secret).toMatch(/^kzr_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(/shown only this once/)).toBeVisible();
  const prefix = secret.split("_")[1]!;

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(`kzr_${prefix}_…`);
  await expect(row).toContainText("read:drafts, write");
  // The day in the column, the time to the minute on hover (the column stays narrow).
  await expect(row.locator(`time[title="${inDays(30)} 23:59 UTC"]`)).toHaveText(inDays(30));
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  const bearer = await playwright.request.newContext({
    baseURL: ADMIN_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  try {
    const me = await bearer.get("/api/trpc/me.get");
    expect(me.status()).toBe(200);
    expect((await me.json()).result.data.json.email).toBe(owner.email);

    // Listed without the secret, which the server no longer has.
    await page.reload();
    await expect(row).toContainText(`kzr_${prefix}_…`);
    expect(await page.content()).not.toContain(secret);
    await expect(row).not.toContainText("Never");

    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke the token “${name}”?` });
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "is revoked" })).toBeVisible();
    await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

    expect((await bearer.get("/api/trpc/me.get")).status()).toBe(401);
  } finally {
    await bearer.dispose();
  }
});

test("a token form error from the server is shown beside its field", async ({ api, page }) => {
  const viewer = await createUser(api, "VIEWER", "token-viewer");
  await signIn(page.context().request, viewer);
  await page.goto("/tokens");
  // A viewer's tokens cannot write: the box is disabled and says why.
  await expect(page.getByRole("checkbox", { name: "write" })).toBeDisabled();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token")).toBeVisible();
  await expect(page.getByLabel("Name")).toBeFocused();
});

/** A token made for `owner` through the API, as a script (or an intruder) would. */
async function tokenOf(
  request: APIRequestContext,
  owner: CreatedUser,
  name: string,
): Promise<{ id: string; token: string }> {
  await signIn(request, owner);
  const made = await trpc<{ id: string; token: string }>(request, "token.create", {
    name,
    scopes: ["read:drafts"],
  });
  expect(made.ok).toBe(true);
  return made.ok ? made.data : { id: "", token: "" };
}

const meStatus = async (playwright: { request: APIRequest }, token: string) => {
  const bearer = await playwright.request.newContext({
    baseURL: ADMIN_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  try {
    return (await bearer.get("/api/trpc/me.get")).status();
  } finally {
    await bearer.dispose();
  }
};

test("a token made from another session is announced at the owner's next sign-in", async ({
  api,
  browser,
  playwright,
}) => {
  // Three sessions of one account, one after the other.
  test.slow();
  const owner = await createUser(api, "EDITOR", "token-notice");
  const intruder = await newSession(browser);
  const stolen = await tokenOf(intruder.context.request, owner, "totally legit sync");
  const own = await tokenOf(intruder.context.request, owner, "my own script");
  await intruder.context.close();

  const { context, page } = await newSession(browser);
  try {
    await page.goto("/login");
    await signInWithForm(page, owner);
    const notice = page.getByRole("region", {
      name: "2 new API tokens were created for your account",
    });
    await expect(notice).toContainText("“totally legit sync”");
    await expect(notice).toContainText("“my own script”");

    // The owner revokes the one they did not make …
    await notice.getByRole("link", { name: "revoke them" }).click();
    const row = page.getByRole("row").filter({ hasText: "totally legit sync" });
    await row.getByRole("button", { name: "Revoke totally legit sync" }).click();
    await page
      .getByRole("dialog", { name: "Revoke the token “totally legit sync”?" })
      .getByRole("button", { name: "Revoke token" })
      .click();
    await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
    expect(await meStatus(playwright, stolen.token)).toBe(401);

    // … and says they made the other: the notice is gone, on this page and the next.
    const left = page.getByRole("region", { name: "A new API token was created for your account" });
    await page.reload();
    await expect(left).toContainText("“my own script”");
    await left.getByRole("button", { name: "I created these tokens" }).click();
    await expect(left).toBeHidden();
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByText(/new API tokens? (was|were) created/)).toHaveCount(0);
    expect(await meStatus(playwright, own.token)).toBe(200);
  } finally {
    await context.close();
  }
});

test("changing the password revokes the account's tokens, and the sign-in page says so", async ({
  api,
  page,
  playwright,
}) => {
  // Sign in, change the password, land on the sign-in page.
  test.slow();
  const owner = await createUser(api, "CONTRIBUTOR", "token-password");
  const { token } = await tokenOf(page.context().request, owner, "nightly import");
  expect(await meStatus(playwright, token)).toBe(200);

  await page.goto("/account");
  await expect(page.getByText(/revokes all your API tokens/)).toBeVisible();
  const newPassword = `changed-${owner.password}`;
  await page.getByLabel("Current password").fill(owner.password);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password, again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-changed-tokens-revoked/);
  await expect(page.getByRole("status")).toContainText("your API tokens have been revoked");
  expect(await meStatus(playwright, token)).toBe(401);
});

test("an admin finds another user's token among everyone's and revokes it", async ({
  api,
  page,
  request,
  playwright,
}) => {
  const owner = await createUser(api, "CONTRIBUTOR", "token-departed");
  const name = `departed ${owner.email.split("@")[0]}`;
  const { token } = await tokenOf(request, owner, name);

  await signIn(page.context().request, E2E_ADMIN);
  await page.goto("/tokens");
  const everyone = page.getByRole("region", { name: "Every user's tokens" });
  const row = everyone.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(owner.email);
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke the token “${name}”?` });
  await expect(dialog).toContainText(`It belongs to ${owner.email}.`);
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is revoked" })).toBeVisible();
  expect(await meStatus(playwright, token)).toBe(401);

  // Working tokens only, unless asked: the revoked one shows with the reason among all.
  await page.reload();
  await expect(everyone.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await everyone.getByRole("link", { name: "Show revoked and expired tokens too" }).click();
  await expect(everyone.getByRole("row").filter({ hasText: name })).toContainText("by an admin");
});
