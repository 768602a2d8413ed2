import { expect, test } from "@playwright/test";

import { expectPageIn } from "../fixtures/reading-pages";

test("/ru/events has Russian UI, <html lang=ru>, and the events in their Russian translation", async ({
  page,
}) => {
  await page.goto("/ru/events");
  await expectPageIn(page, "ru", "События");
  const form = page.getByRole("search", { name: "Фильтр событий" });
  await expect(form.locator("summary", { hasText: "Тема" })).toBeVisible();
  await expect(form.getByRole("button", { name: "Применить" })).toBeVisible();
  await expect(page.getByText(/\d+ событ/).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Страницы" })).toBeVisible();

  // Event titles come in Russian where a translation is published, and link within the Russian
  // site; so do the names of its topics and places (all seeded with Russian names), unmarked.
  const title = page.getByRole("link", {
    name: "Забастовки нефтяников в Жанаозене и столкновения с полицией",
  });
  await page.goto("/ru/events?year=2011");
  await expect(title).toHaveAttribute("href", "/ru/events/2011-zhanaozen-oil-worker-strikes");
  await expect(page.locator('[lang="en"]').filter({ has: title })).toHaveCount(0);
  const card = page.getByRole("article").filter({ has: title });
  await expect(card.getByText("Протесты", { exact: true })).toBeVisible();
  await expect(card.getByText("Жанаозен", { exact: true })).toBeVisible();
  await expect(card.locator('[lang="en"]')).toHaveCount(0);

  await title.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("main").locator("header time")).toHaveText("16 декабря 2011 г.");
  await expect(page.getByRole("region", { name: "Источники" })).toBeVisible();
});

test("/kk pages have Kazakh UI", async ({ page }) => {
  await page.goto("/kk/search?q=Zhanaozen");
  await expectPageIn(page, "kk", "Іздеу");
  await expect(page.getByRole("region", { name: "Оқиғалар" })).toBeVisible();
});
