// Admin tables fit the screen (issue 19, item 8): at 1280 px the tokens table and a record's history
// need no sideways scroll, and on a 390 px phone their rows stack as cards.
import type { Page } from "@playwright/test";

import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { signIn, trpc } from "../fixtures/admin-session";
import { call, draftPerson, unique } from "../fixtures/content";

/** How far the page and each table's scroll box overflow sideways, in pixels. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: [...document.querySelectorAll("table")].map((t) => {
      const box = t.parentElement!;
      return box.scrollWidth - box.clientWidth;
    }),
  }));

test.beforeEach(async ({ api, page }) => {
  // A token with every scope and a long name, the widest a row gets.
  const result = await trpc(api, "token.create", {
    name: unique("A token with a rather long descriptive name"),
    scopes: ["read:drafts", "write"],
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  expect(result.ok).toBe(true);
  await signIn(page.context().request, E2E_ADMIN);
});

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the tokens table and a history table need no sideways scroll at ${width} px`, async ({
    api,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // A person with a few versions, one with a long note.
    const person = await draftPerson(api, unique("Person with a history"));
    await call(api, "actor.admin.update", {
      id: person.id,
      expectedVersion: person.version,
      name: unique("Person with a history, renamed"),
      slug: "",
      kind: "person",
      otherNames: ["Another spelling"],
      description: "",
      changeNote: "Renamed after the 2019 report gave the full name, with another spelling.",
    });

    for (const path of ["/tokens", `/actors/${person.id}/history`]) {
      await page.goto(path);
      await expect(page.getByRole("table").first()).toBeVisible();
      const { page: pageOverflow, tables } = await overflow(page);
      // Nothing wider than its box (a box with room to spare measures below zero).
      expect(pageOverflow, path).toBeLessThanOrEqual(0);
      expect(Math.max(...tables), path).toBeLessThanOrEqual(0);
    }
  });
}
