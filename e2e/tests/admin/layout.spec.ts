import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { createUser, signIn, trpc } from "../fixtures/admin-session";
import { expectNoWcagViolations } from "../fixtures/wcag";

test("every signed-in page has the admin navigation, with the current section marked", async ({
  page,
}) => {
  await signIn(page.context().request, E2E_ADMIN);
  await page.goto("/tokens");
  const nav = page.getByRole("navigation", { name: "Admin sections" });
  const expected = {
    Dashboard: "/",
    Events: "/events",
    Sources: "/sources",
    Ratings: "/ratings",
    Topics: "/topics",
    Actors: "/actors",
    Places: "/places",
    Trash: "/trash",
    Users: "/users",
    "Audit log": "/audit",
    "API tokens": "/tokens",
    Account: "/account",
  };
  for (const [label, href] of Object.entries(expected)) {
    await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", href);
  }
  await expect(nav.getByRole("link", { name: "API tokens" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await nav.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Account", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // On a fresh page the skip link is the first stop.
  await page.goto("/account");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

// One axe scan per test: a scan of a full admin page takes seconds on a busy machine.
test.describe("the account pages meet WCAG 2.1 AA", () => {
  for (const path of ["/", "/users", "/tokens", "/account"]) {
    test(`${path} has no WCAG 2 A/AA violations`, async ({ page }) => {
      await signIn(page.context().request, E2E_ADMIN);
      await page.goto(path);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoWcagViolations(page);
    });
  }

  // The log grows with everything the suite does; the entries about one fresh user (created, then
  // their password reset, with details) are a page of known size, whatever ran before.
  test("/audit has no WCAG 2 A/AA violations", async ({ api, page }) => {
    const user = await createUser(api, "VIEWER", "audit-a11y");
    expect((await trpc(api, "user.resetPassword", { id: user.id })).ok).toBe(true);
    await signIn(page.context().request, E2E_ADMIN);
    await page.goto(`/audit?entity=${user.id}`);
    await expect(page.getByText("user.password.reset", { exact: true })).toBeVisible();
    await expectNoWcagViolations(page);
  });

  test("the create-user dialog has no WCAG 2 A/AA violations", async ({ page }) => {
    await signIn(page.context().request, E2E_ADMIN);
    await page.goto("/users");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("dialog", { name: "Create user" })).toBeVisible();
    await expectNoWcagViolations(page);
  });
});
