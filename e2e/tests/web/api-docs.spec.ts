import { expect, test } from "@playwright/test";

import { WEB_URL } from "../../ports";
import { expectNoWcagViolations } from "../fixtures/wcag";

const PROCEDURES = [
  "event.list",
  "event.bySlug",
  "event.preview",
  "rating.seriesList",
  "rating.list",
  "source.list",
  "source.bySlug",
  "topic.list",
  "topic.bySlug",
  "actor.list",
  "actor.bySlug",
  "place.list",
  "place.bySlug",
  "search.query",
  "changes.since",
];

/**
 * Its example's token is a placeholder (a real one comes from the admin's preview link), so it is
 * refused: NOT_FOUND, or SERVICE_UNAVAILABLE where the server has no preview secret.
 */
const NEEDS_A_REAL_TOKEN = "event.preview";

test("/api documents every public procedure, and each curl example works", async ({
  page,
  request,
}) => {
  // One page, then every procedure's example over HTTP.
  test.slow();
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
  for (const path of PROCEDURES) {
    const section = page.getByRole("region", { name: path, exact: true });
    await expect(section).toBeVisible();
    const curl =
      (await section.getByRole("group", { name: `curl example for ${path}` }).textContent()) ?? "";
    const url = /^curl -s '([^']+)'$/.exec(curl.trim())?.[1];
    expect(url, curl).toBeDefined();
    expect(url!.startsWith(`${WEB_URL}/api/trpc/${path}`)).toBe(true);
    const response = await request.get(url!);
    if (path === NEEDS_A_REAL_TOKEN) {
      const refusal = (await response.json()) as {
        error?: { json?: { data?: { code?: string } } };
      };
      expect(refusal.error?.json?.data?.code).toMatch(/^(NOT_FOUND|SERVICE_UNAVAILABLE)$/);
      continue;
    }
    // The example, run as written, answers with data in superjson's envelope.
    expect(response.status(), url).toBe(200);
    const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
    const data = body.result?.data?.json;
    expect(data, path).toBeTruthy();
    const items = Array.isArray(data) ? data : (data as { items?: unknown[] }).items;
    if (items) expect(items.length, path).toBeGreaterThan(0);
    await expect(
      section.getByRole("group", { name: `Typed client example for ${path}` }),
    ).toContainText(`await client.${path}.query(`);
  }
  // Input fields come from the API's schemas.
  const eventList = page.getByRole("region", { name: "event.list", exact: true });
  await expect(eventList.getByRole("row", { name: /^limit/ })).toContainText("1–100");
  const changes = page.getByRole("region", { name: "changes.since", exact: true });
  await expect(changes.getByRole("row", { name: /^limit/ })).toContainText("1–1000");
});

test("/api has no WCAG 2 A/AA violations", async ({ page }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
  await expectNoWcagViolations(page);
});

test("“Copy as curl” puts the command on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: WEB_URL });
  await page.goto("/api");
  const section = page.getByRole("region", { name: "search.query", exact: true });
  const command = (
    await section.getByRole("group", { name: "curl example for search.query" }).textContent()
  )?.trim();
  await section.getByRole("button", { name: "Copy as curl" }).click();
  await expect(section.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
});

test("without JavaScript the command stays on the page, and no button that cannot work", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: WEB_URL });
  const page = await context.newPage();
  await page.goto("/api");
  const section = page.getByRole("region", { name: "topic.list", exact: true });
  await expect(section.getByRole("group", { name: "curl example for topic.list" })).toHaveText(
    `curl -s '${WEB_URL}/api/trpc/topic.list'`,
  );
  await expect(section.getByRole("button", { name: "Copy as curl" })).toHaveCount(0);
  await context.close();
});

test("/api in Russian", async ({ page }) => {
  await page.goto("/ru/api");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 2, name: "Как это устроено" })).toBeVisible();
  const search = page.getByRole("region", { name: "search.query", exact: true });
  await expect(search).toContainText("Полнотекстовый поиск");
  await expect(search.getByRole("button", { name: "Скопировать как curl" })).toBeVisible();
});
