import { expect, test, type Page } from "@playwright/test";

const FROM = "2005-01-01";
const TO = "2022-12-31";

/** The number in "N events match these filters". */
async function matchCount(page: Page): Promise<number> {
  const text = await page.locator("#event-count").textContent();
  return Number(/\d+/.exec(text ?? "")?.[0]);
}

/** A facet's values and counts, as the form shows them. */
async function facetCounts(page: Page, facet: string): Promise<Map<string, number>> {
  const counts = await page
    .locator(`[data-facet="${facet}"] [data-count]`)
    .evaluateAll((cells) =>
      cells.map((c) => [c.getAttribute("data-count") ?? "", Number(c.textContent)] as const),
    );
  return new Map(counts);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("two topics and a date range: the list, its counts and the URL agree", async ({ page }) => {
    await page.goto("/events");
    const form = page.getByRole("search", { name: "Filter events" });
    await form.locator("summary", { hasText: "Topic" }).click();
    const topics = form.locator('[data-facet="topic"] input[type="checkbox"]');
    // The two topics with the most events (the facet lists most first).
    const chosen = [await topics.nth(0).inputValue(), await topics.nth(1).inputValue()];
    await topics.nth(0).check();
    await topics.nth(1).check();
    await form.getByLabel("From", { exact: true }).fill(FROM);
    await form.getByLabel("To", { exact: true }).fill(TO);
    await form.getByRole("button", { name: "Apply" }).click();

    // One address: values sorted, fixed order, no empty parameters (the empty `q` is gone).
    const [a, b] = [...chosen].sort();
    await expect(page).toHaveURL(
      new RegExp(`/events\\?topic=${a}&topic=${b}&from=${FROM}&to=${TO}$`),
    );
    for (const slug of chosen)
      await expect(form.locator(`input[name="topic"][value="${slug}"]`)).toBeChecked();
    await expect(form.getByLabel("From", { exact: true })).toHaveValue(FROM);

    const total = await matchCount(page);
    expect(total).toBeGreaterThan(0);
    // Every matching event has one year: the year facet's counts add up to the total.
    const years = await facetCounts(page, "year");
    expect([...years.values()].reduce((sum, n) => sum + n, 0)).toBe(total);
    for (const year of years.keys()) {
      expect(Number(year)).toBeGreaterThanOrEqual(2005);
      expect(Number(year)).toBeLessThanOrEqual(2022);
      expect(years.get(year)).toBeGreaterThan(0);
    }
    // Each chosen topic's count is what it alone gives under the range: together at least the total.
    const topicCounts = await facetCounts(page, "topic");
    const sum = chosen.reduce((s, slug) => s + (topicCounts.get(slug) ?? 0), 0);
    expect(sum).toBeGreaterThanOrEqual(total);
    // The list's year headings stay inside the range.
    const headings = await page
      .getByRole("heading", { level: 2, name: /^\d{4}$/ })
      .allTextContents();
    for (const year of headings.map(Number)) expect(year).toBeGreaterThanOrEqual(2005);

    // "Download these results": the same rows, in the same order, in both formats.
    const listed = await page
      .getByRole("article")
      .getByRole("link")
      .evaluateAll((links) =>
        links
          .map((l) => l.getAttribute("href") ?? "")
          .filter((href) => /\/events\/[a-z0-9-]+$/.test(href))
          .map((href) => href.split("/").at(-1)),
      );
    const downloads = page.getByTestId("download-results");
    const jsonHref = await downloads.getByRole("link", { name: "JSON" }).getAttribute("href");
    const json = await (await page.request.get(jsonHref!)).json();
    expect(json.items).toHaveLength(total);
    expect(json.items.slice(0, listed.length).map((e: { slug: string }) => e.slug)).toEqual([
      ...new Set(listed),
    ]);
    const csvHref = await downloads.getByRole("link", { name: "CSV" }).getAttribute("href");
    const csv = await page.request.get(csvHref!);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const slugsInCsv = (await csv.text())
      .split("\r\n")
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(",")[1]);
    expect(slugsInCsv).toEqual(json.items.map((e: { slug: string }) => e.slug));
  });

  test("only values with events are offered, and a reversed range is explained", async ({
    page,
  }) => {
    await page.goto("/events?year=2011");
    for (const count of (await facetCounts(page, "topic")).values())
      expect(count).toBeGreaterThan(0);
    await page.goto("/events?from=2020-01-01&to=2010-01-01");
    await expect(page.getByRole("alert")).toContainText("start date is after the end date");
  });

  test("empty parameters are dropped from the address", async ({ page }) => {
    await page.goto("/events?q=&topic=&year=2011&place=&actor=&order=");
    await expect(page).toHaveURL(/\/events\?year=2011$/);
  });
});
