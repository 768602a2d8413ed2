import { expect, test } from "@playwright/test";

import { testAccessiblePages, testNarrowPages } from "../fixtures/reading-pages";

/** One URL per page type of the reading pages, with filters and languages where they differ. */
const PAGES = [
  "/events",
  "/events?topic=protests&year=2011",
  "/events?q=nothing-matches-this-xyzzy",
  "/events/2011-zhanaozen-oil-worker-strikes",
  "/topics",
  "/topics/protests",
  "/sources",
  "/sources/wikipedia-human-rights-in-kazakhstan",
  "/actors",
  "/actors/kassym-jomart-tokayev",
  "/places",
  "/places/almaty",
  "/search",
  "/search?q=Hare+Krishna",
  "/search?q=xyzzyqwerty",
  "/ru/events",
  "/kk/events/2011-zhanaozen-oil-worker-strikes",
  "/ru/places",
];

testAccessiblePages(PAGES);
testNarrowPages([
  "/events",
  "/events/2011-zhanaozen-oil-worker-strikes",
  "/sources/wikipedia-human-rights-in-kazakhstan",
  "/places",
  "/search?q=Hare+Krishna",
]);

test("keyboard focus is visible on the reading pages' controls", async ({ page }) => {
  await page.goto("/events");
  const field = page.getByRole("searchbox", { name: "Words" });
  await field.focus();
  await page.keyboard.press("Tab");
  // Next after the words: the folded topic facet, opened from the keyboard.
  const focused = page.locator(":focus");
  await expect(focused).toHaveText(/^Topic/);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  const ring = await focused.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(outline !== "none" || ring !== "none").toBe(true);
});
