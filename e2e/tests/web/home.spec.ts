import { expect, test } from "@playwright/test";

import { expectPageIn, testNarrowPages } from "../fixtures/reading-pages";
import { expectNoWcagViolations } from "../fixtures/wcag";

test("the home page lists the latest events from the record, Zhanaozen 2011 among them", async ({
  page,
}) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Human rights in Kazakhstan" }),
  ).toBeVisible();
  const latest = page.getByRole("region", { name: "Latest events" });
  await expect(latest.getByRole("article").first()).toBeVisible();
  // The timeline's 2011 bar leads to that year's events, Zhanaozen among them.
  await page.getByRole("link", { name: /^2011: \d+ events?$/ }).click();
  const zhanaozen = page.getByRole("link", { name: /Zhanaozen/ });
  // Seeded as "16 December 2011", shown at day precision.
  await expect(zhanaozen.first()).toBeVisible();
  await expect(page.getByText("16 December 2011").first()).toBeVisible();
});

test("the home page lists what was published or corrected lately, newest first, with the feed", async ({
  page,
}) => {
  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recently published or corrected" });
  await expect(recent.getByRole("listitem")).toHaveCount(5);
  const times = await recent
    .locator("time")
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute("datetime") ?? "")));
  expect(times.every((t) => !Number.isNaN(t))).toBe(true);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await expect(recent.getByRole("link", { name: /feed reader/ })).toHaveAttribute(
    "href",
    "/feed.xml",
  );
});

test("the home page gives the latest Freedom House status and how it got there", async ({
  page,
}) => {
  await page.goto("/");
  const status = page.getByRole("region", { name: "Freedom status" });
  await expect(status).toContainText("Not Free — political rights 7, civil liberties 5 in 2023.");
  await expect(status.getByRole("listitem")).toHaveText([
    "Political rights worsened from 6 to 7 in 2016.",
    "Civil liberties worsened from 4 to 5 in 1994.",
    "The status fell from Partly Free to Not Free in 1994.",
  ]);
  await status.getByRole("link", { name: /1991–2023/ }).click();
  await expect(page).toHaveURL("/ratings/freedom-in-the-world");
});

test("the home page lists the topics with their events, and how to cite the record", async ({
  page,
}) => {
  await page.goto("/");
  const topics = page.getByRole("region", { name: "Topics" });
  await expect(topics.getByRole("link", { name: "Protests" })).toHaveAttribute(
    "href",
    "/topics/protests",
  );
  await expect(topics.getByRole("listitem").filter({ hasText: "Protests" })).toContainText(
    /\d+ events?/,
  );
  // The access date in the site's own style ("7 December 2026"), not the US one.
  const cite = page.getByRole("region", { name: "How to cite" }).first();
  await expect(cite).toContainText(
    /Kazakhstan Human Rights Monitor\. “Human rights in Kazakhstan”\. http:\/\/localhost:\d+\/ \(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\./,
  );
});

test("the language switcher moves between English and Russian", async ({ page }) => {
  /** Follows the switcher's `link`: the page at `url` is in `lang`, under its heading `h1`. */
  const switchTo = async (link: string, url: string, lang: string, h1: string) => {
    await page.getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(url);
    await expectPageIn(page, lang, h1);
  };
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await switchTo("Русский", "/ru", "ru", "Права человека в Казахстане");
  await expect(page.getByRole("region", { name: "Статус свободы" })).toContainText(
    "Несвободная — политические права 7, гражданские свободы 5 в 2023 году.",
  );
  await switchTo("English", "/", "en", "Human rights in Kazakhstan");
});

test("the home page has no WCAG 2 A/AA violations", async ({ page }) => {
  await page.goto("/");
  await expectNoWcagViolations(page);
});

test("pages announce the Atom feed in their language", async ({ page }) => {
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await page.goto("/events");
  await expect(feed).toHaveAttribute("href", "/feed.xml");
  await page.goto("/ru");
  await expect(feed).toHaveAttribute("href", "/ru/feed.xml");
});

testNarrowPages(["/", "/ratings", "/ratings/freedom-in-the-world", "/data", "/api", "/ru/api"]);
