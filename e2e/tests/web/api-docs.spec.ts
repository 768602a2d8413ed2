import { expect, test } from "@playwright/test";

import { WEB_URL } from "../../ports";
import { expectNoWcagViolations } from "../fixtures/wcag";

const PROCEDURES = [
  "event.list",
  "event.bySlug",
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
];

test("/api documents every public procedure, and each curl example works", async ({
  page,
  request,
}) => {
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
    // The example, run as written, answers with data in superjson's envelope.
    const response = await request.get(url!);
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
  await expectNoWcagViolations(page);
});

test("/api in Russian", async ({ page }) => {
  await page.goto("/ru/api");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 2, name: "Как это устроено" })).toBeVisible();
  await expect(page.getByRole("region", { name: "search.query", exact: true })).toContainText(
    "Полнотекстовый поиск",
  );
});
