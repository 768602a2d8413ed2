import { expect, test, type Page } from "@playwright/test";

import { expectNoWcagViolations } from "../fixtures/wcag";

/** A list page and the first record it links to: one URL per public page type. */
const LISTS = ["/events", "/cases", "/actors", "/places", "/topics", "/sources", "/ratings"];
const OTHERS = ["/", "/search?q=protest", "/data", "/api", "/events?topic=protests&year=2011"];

async function firstRecord(page: Page, list: string): Promise<string> {
  await page.goto(list);
  const hrefs = await page
    .getByRole("main")
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  // A record's own address: not a download or a filtered list under the same path.
  const record = hrefs.find((href) => new RegExp(`^${list}/[a-z0-9-]+$`).test(href));
  expect(record, `a record linked from ${list}`).toBeDefined();
  return record!;
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test("no public page scrolls sideways", async ({ page }) => {
    test.setTimeout(120_000);
    const pages = [...OTHERS, ...LISTS];
    for (const list of LISTS) pages.push(await firstRecord(page, list));
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        clientWidth: document.scrollingElement!.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
  });

  test("the ratings chart is drawn for the phone, with fewer year labels", async ({ page }) => {
    const series = await firstRecord(page, "/ratings");
    await page.goto(series);
    await expect(page.locator('[data-chart="narrow"] svg')).toBeVisible();
    await expect(page.locator('[data-chart="wide"]')).toBeHidden();
  });

  test("the filters fold away: the list starts on the first screen", async ({ page }) => {
    await page.goto("/events");
    await expect(page.locator('[data-facet="topic"]')).not.toHaveAttribute("open");
  });
});

test("a printed record page has its content and sources' addresses, not the navigation", async ({
  page,
}) => {
  await page.goto("/events/2011-zhanaozen-oil-worker-strikes");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("search").first()).toBeHidden();
  const printedUrl = await page
    .getByRole("main")
    .locator('a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(printedUrl).toContain("http");
});

test("People & organisations is in the main navigation", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "People & organisations" })
    .click();
  await expect(page).toHaveURL(/\/actors$/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    for (const path of ["/", "/events", "/events/2011-zhanaozen-oil-worker-strikes", "/places"]) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const background = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        // The scheme really applies: a dark ground in dark mode, white in light.
        expect(background).toBe(colorScheme === "dark" ? "rgb(15, 23, 42)" : "rgb(255, 255, 255)");
        await expectNoWcagViolations(page);
      });
    }
    test("axe finds no violations on a ratings series", async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(await firstRecord(page, "/ratings"));
      await expectNoWcagViolations(page);
    });
  });
}
