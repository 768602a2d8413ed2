import { expect, test } from "@playwright/test";

test("the home page's timeline: the 2019 bar leads to 2019's events", async ({ page }) => {
  await page.goto("/");
  const bar = page.getByRole("link", { name: /^2019: \d+ events?$/ });
  // The bar's name is its SVG <title> (which is also its tooltip).
  const label = await bar.locator("title").textContent();
  const count = Number(/: (\d+)/.exec(label ?? "")?.[1]);
  await bar.click();
  await expect(page).toHaveURL(/\/events\?year=2019$/);
  await expect(page.locator("#event-count")).toContainText(String(count));
  const years = page.getByRole("heading", { level: 2, name: /^\d{4}$/ });
  await expect(years.first()).toBeVisible();
  expect(new Set(await years.allTextContents())).toEqual(new Set(["2019"]));
});

test("the timeline has a table of the same figures and a jump to a year", async ({ page }) => {
  await page.goto("/events");
  await page.getByText("Show the figures as a table").click();
  await expect(page.getByRole("rowheader", { name: "2011" })).toBeVisible();
  await page.getByLabel("Jump to year").selectOption("2011");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/\/events\?year=2011$/);
});

test("the map shows counts and leaves out places without events", async ({ page }) => {
  await page.goto("/places");
  const map = page.getByTestId("map");
  const markers = map.getByRole("link");
  await expect(markers.first()).toBeVisible();
  for (const name of await markers.evaluateAll((links) =>
    links.map((l) => l.getAttribute("aria-label") ?? ""),
  )) {
    expect(name).toMatch(/: [1-9]\d* events?$/);
  }
  // The labels carry the counts too: "Almaty 12".
  await expect(map.locator("text").first()).toHaveText(/ [1-9]\d*$/);
  const counts = await page
    .getByTestId("place-list")
    .locator("[data-count]")
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-count"))));
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every((n) => n > 0)).toBe(true);

  // A marker leads to that place's events.
  await markers.first().click();
  await expect(page).toHaveURL(/\/events\?place=[a-z0-9-]+$/);
  await expect(page.locator("#event-count")).toContainText(/[1-9]/);
});
