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

// What readers type, in each language of the site: the record is English, so Cyrillic reaches it
// through transliterated names and the glossary, and typos through "did you mean".
const LANGUAGES = [
  { prefix: "", events: "Events", showing: /showing results for “(.+)”/ },
  { prefix: "/ru", events: "События", showing: /показаны результаты по запросу «(.+)»/ },
  { prefix: "/kk", events: "Оқиғалар", showing: /«(.+)» сұрауының нәтижелері көрсетілген/ },
];
const FINDS = [
  { q: "Жанаозен", title: "Zhanaozen oil worker strikes and clashes with police", corrected: null },
  { q: "пытки", title: "Universal Periodic Review of Kazakhstan", corrected: null },
  {
    q: "Zhanozen",
    title: "Zhanaozen oil worker strikes and clashes with police",
    corrected: "Zhanaozen",
  },
  { q: "Nazarbaev", title: "Nazarbayev dismisses the government", corrected: "Nazarbayev" },
];

for (const { prefix, events, showing } of LANGUAGES) {
  for (const { q, title, corrected } of FINDS) {
    test(`${prefix || "/en"}: search for ${q} finds “${title}”`, async ({ page }) => {
      await page.goto(`${prefix}/search?q=${encodeURIComponent(q)}`);
      const hits = page.getByRole("region", { name: events });
      await expect(hits.getByRole("link", { name: title })).toBeVisible();
      if (corrected) {
        await expect(page.getByRole("status").filter({ hasText: showing })).toContainText(
          corrected,
        );
      }
    });
  }
}

test("search snippets start at a sentence and never show placeholder notes", async ({ page }) => {
  await page.goto("/search?q=Amnesty");
  await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("The source document does not give");
});

test("the language switcher keeps the search", async ({ page }) => {
  await page.goto(`/ru/search?q=${encodeURIComponent("пытки")}`);
  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL(/\/kk\/search\?q=%D0%BF/);
  await expect(
    page
      .getByRole("region", { name: "Оқиғалар" })
      .getByRole("link", { name: "Universal Periodic Review of Kazakhstan" }),
  ).toBeVisible();
  // The menu links stay in the page's language, and mark the section the reader is in.
  const current = page
    .getByRole("navigation", { name: "Негізгі мәзір" })
    .getByRole("link", { name: "Іздеу" });
  await expect(current).toHaveAttribute("href", "/kk/search");
  await expect(current).toHaveAttribute("aria-current", "page");
});
