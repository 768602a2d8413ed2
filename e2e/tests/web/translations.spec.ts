import { expect, test } from "@playwright/test";

// The seeded Russian and Kazakh translations (packages/db/src/seed/data/translations): published,
// not yet reviewed by an editor.
const ZHANAOZEN = "/events/2011-zhanaozen-oil-worker-strikes";

test("/ru shows the event's Russian title and summary, says no editor reviewed them, and marks the English body", async ({
  page,
}) => {
  await page.goto(`/ru${ZHANAOZEN}`);
  const main = page.getByRole("main");
  const title = main.getByRole("heading", {
    level: 1,
    name: "Забастовки нефтяников в Жанаозене и столкновения с полицией",
  });
  await expect(title).toBeVisible();
  // Translated: in the page's language, so no lang of its own.
  await expect(title).not.toHaveAttribute("lang", /./);
  const summary = main.getByText(/^16 декабря 2011 года протестующие, в основном нефтяники/);
  await expect(summary).toBeVisible();
  await expect(summary).not.toHaveAttribute("lang", /./);
  await expect(main.getByRole("note")).toHaveText(/Перевод ещё не проверен редактором/);
  // The body has no translation: English, and marked so.
  await expect(main.locator('.kz-prose[lang="en"]')).toContainText("On 16 December 2011");
  // The place and topic it links to by their published Russian names, in the page's language;
  // actors' names stay as the record spells them, marked English.
  const about = main.getByRole("region", { name: "Об этом событии" });
  const place = about.getByRole("link", { name: "Жанаозен", exact: true });
  await expect(place).toBeVisible();
  await expect(place).not.toHaveAttribute("lang", /./);
  await expect(about.getByRole("link", { name: "Протесты", exact: true })).toBeVisible();
  await expect(about.getByText("Протесты", { exact: true })).not.toHaveAttribute("lang", /./);
  await expect(about.locator('li[lang="en"]').first()).toBeVisible();
  // Alternates only where a translation is published (both, for the seeded event).
  await expect(page.locator('head link[rel="alternate"][hreflang="kk"]')).toHaveCount(1);
});

test("the language switcher keeps the page, in the other translation", async ({ page }) => {
  await page.goto(`/ru${ZHANAOZEN}`);
  await page
    .getByRole("navigation", { name: "Язык" })
    .getByRole("link", { name: "Қазақша" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/kk${ZHANAOZEN}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Жаңаөзендегі мұнайшылар ереуілі және полициямен қақтығыстар",
    }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("note")).toHaveText(
    /Аударманы редактор әлі тексерген жоқ/,
  );

  await page
    .getByRole("navigation", { name: "Тіл" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page).toHaveURL(new RegExp(`${ZHANAOZEN}$`));
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Zhanaozen oil worker strikes and clashes with police",
    }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("note")).toHaveCount(0);
});

test("places and topics show their seeded names in Kazakh", async ({ page }) => {
  await page.goto("/kk/places/zhanaozen");
  await expect(page.getByRole("heading", { level: 1, name: "Жаңаөзен" })).toBeVisible();
  await page.goto("/ru/topics");
  await expect(page.getByRole("link", { name: "Свобода вероисповедания" })).toBeVisible();
});

test("the sitemap gives a record other languages only where its text is translated", async ({
  request,
}) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // The event has published Russian and Kazakh; a source has no translated text at all.
  for (const path of [ZHANAOZEN, `/ru${ZHANAOZEN}`, `/kk${ZHANAOZEN}`])
    expect(locs).toContain(path);
  expect(locs.some((p) => p.startsWith("/sources/"))).toBe(true);
  expect(locs.filter((p) => p.startsWith("/ru/sources/"))).toEqual([]);
  // Lists are translated pages in every language.
  expect(locs).toEqual(expect.arrayContaining(["/events", "/ru/events", "/kk/events"]));
});

test("/ru/events lists events in their Russian translation, marked as Russian", async ({
  page,
}) => {
  await page.goto("/ru/events?year=2011");
  const title = page.getByRole("heading", {
    name: "Забастовки нефтяников в Жанаозене и столкновения с полицией",
  });
  await expect(title).toBeVisible();
  await expect(title).not.toHaveAttribute("lang", "en");
});

test("/ru/events offers topics and places by their Russian names, people by theirs, marked English", async ({
  page,
}) => {
  await page.goto("/ru/events");
  const form = page.getByRole("search", { name: "Фильтр событий" });
  const topic = form.locator('[data-facet="topic"]');
  await topic.locator("summary").click();
  const protests = topic.getByRole("checkbox", { name: /^Протесты/ });
  await expect(protests).toHaveAttribute("value", "protests");
  await expect(topic.locator('[lang="en"]')).toHaveCount(0);
  const place = form.locator('[data-facet="place"]');
  await place.locator("summary").click();
  await expect(place.getByRole("checkbox", { name: /^Алматы/ })).toHaveAttribute("value", "almaty");
  // People and organisations keep the names their records give: English, and marked so.
  await expect(form.locator('[data-facet="actor"] .facet-options')).toHaveAttribute("lang", "en");
  // The timeline's key names the topics in Russian too.
  await expect(page.getByTestId("timeline").locator("figcaption")).toContainText("Протесты");
});
