import { expect, test } from "@playwright/test";

import { ADMIN_URL } from "../../ports";
import { E2E_ADMIN } from "../fixtures/admin";
import { createUser, signIn } from "../fixtures/admin-session";

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a token's secret is shown once, works as a Bearer token, is listed without it, and can be revoked", async ({
  page,
  request,
  playwright,
}) => {
  await signIn(request, E2E_ADMIN);
  const owner = await createUser(request, "CONTRIBUTOR", "token-owner");
  await signIn(page.context().request, owner);
  const name = `mirror ${owner.email.split("@")[0]}`;

  await page.goto("/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: "read:drafts" }).check();
  await page.getByRole("checkbox", { name: "write" }).check();
  await page.getByLabel("Expires on (optional)").fill(inDays(30));
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
  await expect(row).toContainText(`${inDays(30)} 23:59 UTC`);
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

test("a token form error from the server is shown beside its field", async ({ page, request }) => {
  await signIn(request, E2E_ADMIN);
  const viewer = await createUser(request, "VIEWER", "token-viewer");
  await signIn(page.context().request, viewer);
  await page.goto("/tokens");
  // A viewer's tokens cannot write: the box is disabled and says why.
  await expect(page.getByRole("checkbox", { name: "write" })).toBeDisabled();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token")).toBeVisible();
  await expect(page.getByLabel("Name")).toBeFocused();
});
