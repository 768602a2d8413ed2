import { expect, test, type Page } from "@playwright/test";

async function eventHits(page: Page) {
  return page.getByRole("region", { name: "Events" });
}

test("search finds Zhanaozen, by its name and by the start of it, with matches marked", async ({
  page,
}) => {
  await page.goto("/search?q=Zhanaozen");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const events = await eventHits(page);
  await expect(
    events.getByRole("link", { name: "Zhanaozen oil worker strikes and clashes with police" }),
  ).toBeVisible();
  await expect(events.locator("mark").first()).toHaveText(/Zhanaozen/i);

  await page.goto("/search?q=Zhanao");
  await expect(
    (await eventHits(page)).getByRole("link", {
      name: "Zhanaozen oil worker strikes and clashes with police",
    }),
  ).toBeVisible();
});

test("search from the header finds Hare Krishna across kinds of record", async ({ page }) => {
  await page.goto("/events");
  await page.getByRole("searchbox", { name: "Search the record" }).fill("Hare Krishna");
  await page.getByRole("searchbox", { name: "Search the record" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Hare\+Krishna/);
  await expect(
    (await eventHits(page)).getByRole("link", { name: /Hare Krishna followers evicted/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "People and organisations" }).getByRole("link", {
      name: "Hare Krishna community",
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Sources" }).getByRole("link").first(),
  ).toBeVisible();
  // Marks hold text only: the snippet is never HTML.
  await expect(page.locator("mark").filter({ hasText: "Krishna" }).first()).toBeVisible();
});

test("search explains an empty query and a query without results", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("Type a word, a name or a phrase above.")).toBeVisible();
  await page.goto("/search?q=xyzzyqwerty");
  await expect(page.getByText("Nothing in the record matches “xyzzyqwerty”.")).toBeVisible();
  // Markup in a query is shown as text, never run.
  await page.goto("/search?q=%3Cimg%20src%3Dx%3E");
  await expect(page.getByRole("main").locator("img")).toHaveCount(0);
});
