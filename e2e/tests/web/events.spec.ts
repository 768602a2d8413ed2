import { expect, test, type Page } from "@playwright/test";

const ZHANAOZEN = "Zhanaozen oil worker strikes and clashes with police";

async function filterByProtestsIn2011(page: Page) {
  const form = page.getByRole("search", { name: "Filter events" });
  // Each facet is folded until opened: a checkbox per value, with its count.
  await form.locator("summary", { hasText: "Topic" }).click();
  await form.getByRole("checkbox", { name: /^Protests \d+$/ }).check();
  await form.locator("summary", { hasText: "Year" }).click();
  await form.getByRole("checkbox", { name: /^2011 \d+$/ }).check();
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]topic=protests(&|$)/);
  await expect(page).toHaveURL(/[?&]year=2011(&|$)/);
}

test("browse: home → events filtered by topic and year → an event → its source → back", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Events", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();

  await filterByProtestsIn2011(page);
  await expect(page.getByText("1 event matches these filters")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "2011" })).toBeVisible();
  // The form shows the filters it was sent with.
  await expect(page.getByRole("checkbox", { name: /^Protests \d+$/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^2011 \d+$/ })).toBeChecked();

  await page.getByRole("link", { name: ZHANAOZEN }).click();
  await expect(page.getByRole("heading", { level: 1, name: ZHANAOZEN })).toBeVisible();

  // The document itself: the eyewitnesses and officials it reports are attributions on its citations.
  const sources = page.getByRole("region", { name: "Sources" });
  const source = sources.getByRole("link", { name: "Human rights in Kazakhstan" }).first();
  await source.click();
  await expect(page).toHaveURL(/\/sources\/wikipedia-human-rights-in-kazakhstan$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Human rights in Kazakhstan" }),
  ).toBeVisible();
  // The source lists what it supports, the event we came from among it.
  await expect(
    page
      .getByRole("region", { name: "What this source supports" })
      .getByRole("link", { name: ZHANAOZEN }),
  ).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: ZHANAOZEN })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/year=2011/);
  await expect(page.getByRole("link", { name: ZHANAOZEN })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form, the timeline and paging work as plain HTML", async ({ page }) => {
    await page.goto("/events");
    const years = page.getByRole("heading", { level: 2, name: /^\d{4}$/ });
    await expect(years.first()).toBeVisible();
    // Newest first: the first year shown is the latest.
    const shown = (await years.allTextContents()).map(Number);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));

    // Forward two pages and back again: the first page comes back unchanged.
    const pages = page.getByRole("navigation", { name: "Pages" });
    const firstTitles = await page.getByRole("article").getByRole("heading").allTextContents();
    await pages.getByRole("link", { name: /Next/ }).click();
    await expect(pages.getByText(/^21–/)).toBeVisible();
    const secondTitles = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(secondTitles.some((t) => firstTitles.includes(t))).toBe(false);
    await pages.getByRole("link", { name: /Previous/ }).click();
    await expect(pages.getByText(/^1–20 of/)).toBeVisible();
    expect(await page.getByRole("article").getByRole("heading").allTextContents()).toEqual(
      firstTitles,
    );

    await filterByProtestsIn2011(page);
    await expect(page.getByRole("link", { name: ZHANAOZEN })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/events$/);
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/events?q=nothing-matches-this-xyzzy");
    await expect(page.getByText("No events match these filters.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Clear filters" })).toBeVisible();
  });
});
