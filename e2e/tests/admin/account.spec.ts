import { expect, test } from "../fixtures/admin-api";
import { createUser, SIGN_IN_REFUSED, signInWithForm } from "../fixtures/admin-session";
import { sidebarLink } from "../fixtures/admin-page";

test("changing your own password signs you out, and the old password is refused", async ({
  api,
  page,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const user = await createUser(api, "VIEWER", "account");
  const newPassword = `new-${user.password}-password`;

  await signInWithForm(page, user);
  await sidebarLink(page, "Account").click();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();

  // The server's verdict on the current password appears beside that field.
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password, again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is wrong")).toBeVisible();
  await expect(page.getByLabel("Current password")).toBeFocused();

  // The shared schema's rules, in the browser.
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password, again").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password, again").fill(`${newPassword}x`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The two new passwords differ")).toBeVisible();

  await page.getByLabel("New password, again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-changed/);
  await expect(page.getByRole("status")).toHaveText(
    "Your password has been changed. Sign in with the new one.",
  );
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(SIGN_IN_REFUSED);

  // The new password works, and leads back to the page that asked for a sign-in.
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
});
