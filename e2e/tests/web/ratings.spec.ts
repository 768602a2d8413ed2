import { expect, test } from "@playwright/test";

import { expectNoWcagViolations } from "../fixtures/wcag";

test("/ratings lists each series with its years", async ({ page }) => {
  await page.goto("/ratings");
  await expect(page.getByRole("heading", { level: 1, name: "Ratings" })).toBeVisible();
  const fitw = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { name: "Freedom in the World" }),
  });
  await expect(fitw).toContainText("Freedom House · 1991–2023");
  await fitw.getByRole("link", { name: "Freedom in the World" }).click();
  await expect(page).toHaveURL("/ratings/freedom-in-the-world");
  await expectNoWcagViolations(page);
});

test("the Freedom in the World chart and table show 2023 as Not Free, 7/5", async ({ page }) => {
  await page.goto("/ratings/freedom-in-the-world");
  await expect(page.getByRole("heading", { level: 1, name: "Freedom in the World" })).toBeVisible();

  // The chart is an image named by its SVG <title> and described by its <desc>.
  const chart = page.getByRole("img", {
    name: "Freedom in the World: political rights and civil liberties, 1991–2023",
  });
  await expect(chart).toBeVisible();
  await expect(chart.locator("title").first()).toHaveText(
    "Freedom in the World: political rights and civil liberties, 1991–2023",
  );
  await expect(chart.locator("desc")).toContainText(
    "Political rights: 5 in 1991, 7 in 2023. Civil liberties: 4 in 1991, 5 in 2023.",
  );
  await expect(chart.locator("desc")).toContainText("Not Free 1994–2023");

  // The table is the chart's fallback: every year, with the year covered.
  const table = page.getByRole("table", { name: /Freedom in the World, 1991–2023/ });
  await expect(table.locator("tbody tr")).toHaveCount(33);
  const row2023 = table.getByRole("row", { name: /^2023/ });
  await expect(row2023.getByRole("cell")).toHaveText([
    "7",
    "5",
    "Not Free",
    "Kassym-Jomart Tokayev",
  ]);
  await expect(page.locator("#year-2023")).toHaveCount(1);

  await expect(page.getByText(/signifies the "Year covered"/)).toBeVisible();
  await expect(page.getByText(/1 is most free, 7 is least free/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("listitem")).not.toHaveCount(
    0,
  );
});

test("the Rule of Law Index is a rank table with its note", async ({ page }) => {
  await page.goto("/ratings/rule-of-law-index");
  const row = page.getByRole("row", { name: /^2020/ });
  await expect(row.getByRole("cell")).toHaveText(["62", "Climbing three positions since 2015."]);
  await expectNoWcagViolations(page);
});

test("an unknown series is a 404", async ({ page }) => {
  const response = await page.goto("/ratings/nope");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the series page in Kazakh", async ({ page }) => {
  await page.goto("/kk/ratings/freedom-in-the-world");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("table").getByRole("row", { name: /^2023/ })).toContainText(
    "Еркін емес",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chart and the table are in the server's HTML", async ({ page }) => {
    await page.goto("/ru/ratings/freedom-in-the-world");
    await expect(page.getByRole("img", { name: /1991–2023/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /^2023/ })).toContainText("Несвободная");
  });
});
