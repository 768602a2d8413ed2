import { expect, test } from "@playwright/test";

import { E2E_ADMIN } from "../fixtures/admin";
import { signIn } from "../fixtures/admin-session";
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
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Account", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // On a fresh page the skip link is the first stop.
  await page.goto("/account");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("the account pages meet WCAG 2.1 AA", async ({ page }) => {
  await signIn(page.context().request, E2E_ADMIN);
  for (const path of ["/", "/users", "/audit", "/tokens", "/account"]) {
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoWcagViolations(page);
  }
  await page.goto("/users");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("dialog", { name: "Create user" })).toBeVisible();
  await expectNoWcagViolations(page);
});
