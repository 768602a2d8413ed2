import { expect, test, type Page } from "@playwright/test";

import { readCsv } from "../fixtures/downloads";
import {
  expectPageIn,
  testAccessiblePages,
  testNarrowPages,
  testNotFoundPages,
} from "../fixtures/reading-pages";

// The document's cases, as the seed publishes them.
const KOZLOV = "Vladimir Kozlov: in detention after unfair trials, according to Human Rights Watch";
const WHATSAPP = "Five members of a WhatsApp group chat for discussing Islam remain imprisoned";
const FOUR_OTHERS =
  "Four other members of the WhatsApp group: no longer imprisoned, still restricted";

/** A case in the list, found by its title. */
const caseItem = (page: Page, title: string) =>
  page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });

test("/cases says how many were last known to be held and as of when, and each case's last known status with its date and source", async ({
  page,
}) => {
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();

  // Kozlov (2014) and the five WhatsApp detainees (2018): never a figure about today.
  const held = page.getByRole("region", { name: "Last known to be held" });
  await expect(held).toContainText(
    /\d+ people in \d+ cases were last known to be held, as of 2014 – \d{4}\./,
  );
  await expect(held).not.toContainText(/\b(are|is) (currently|now)\b/);

  const kozlov = caseItem(page, KOZLOV);
  await expect(kozlov).toContainText(
    "Last known: detained, as of 2014, per Human Rights Watch and Wikipedia.",
  );
  // The year alone, as precisely as the record knows it.
  await expect(kozlov.locator("time")).toHaveAttribute("datetime", "2014");
  await expect(kozlov.getByText("Detention", { exact: true })).toBeVisible();

  // People the sources do not name are a count, never invented names.
  await expect(caseItem(page, FOUR_OTHERS)).toContainText("4 people not named");
  await expect(caseItem(page, FOUR_OTHERS)).toContainText("Last known: restricted, as of 2018");
  await expect(caseItem(page, WHATSAPP)).toContainText("Beket Mynbasov");

  // The filters are a plain GET form: the view has an address and works without script.
  const form = page.getByRole("search", { name: "Filter cases" });
  await form.getByLabel("Last known status", { exact: true }).selectOption({ label: "Detained" });
  await form.getByLabel("Year", { exact: true }).selectOption("2014");
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]lastStatus=detained(&|$)/);
  await expect(page).toHaveURL(/[?&]year=2014(&|$)/);
  await expect(page.getByText("1 case matches these filters")).toBeVisible();
  await expect(page.getByRole("link", { name: KOZLOV })).toBeVisible();
  await expect(page.getByRole("link", { name: WHATSAPP })).toHaveCount(0);
});

test("a case's page: its people, last known status, timeline with each entry's sources, and how to cite it", async ({
  page,
}) => {
  await page.goto("/cases");
  await page.getByRole("link", { name: KOZLOV }).click();
  await expect(page).toHaveURL(/\/cases\/vladimir-kozlov-detention$/);
  await expect(page.getByRole("heading", { level: 1, name: KOZLOV })).toBeVisible();

  const about = page.getByRole("region", { name: "About this case" });
  await expect(about.getByRole("link", { name: "Vladimir Kozlov" })).toHaveAttribute(
    "href",
    "/actors/vladimir-kozlov",
  );
  const status = page.getByRole("region", { name: "Last known status" });
  await expect(status).toContainText("Last known: detained, as of 2014, per Human Rights Watch");
  await expect(status.getByRole("link", { name: /Human Rights Watch/ })).toHaveAttribute(
    "href",
    /^\/sources\/[a-z0-9-]+$/,
  );

  const timeline = page.getByRole("region", { name: "Timeline" });
  const entries = timeline.locator("ol > li");
  await expect(entries).toHaveCount(1);
  await expect(entries.first().locator("time")).toHaveText("2014");
  await expect(entries.first()).toContainText("Detained");
  await expect(
    entries.first().getByRole("link", { name: "Source 1", exact: true }),
  ).toHaveAttribute("href", "#cite-1");

  const notes = page.getByRole("region", { name: "Sources", exact: true }).getByRole("listitem");
  await expect(notes).toHaveCount(2);
  for (const note of await notes.all()) {
    await expect(note.getByRole("link").first()).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+$/);
  }
  await expect(page.getByRole("region", { name: "Events" }).getByRole("article")).toHaveCount(1);

  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(jsonLd ?? "")).toMatchObject({ "@type": "Article", headline: KOZLOV });
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page).toHaveTitle(/^Vladimir Kozlov: in detention after unfair trials/);

  const cite = page.getByRole("region", { name: "Cite this" });
  await cite.getByText("BibTeX", { exact: true }).click();
  await expect(cite.locator('pre[data-format="BibTeX"]')).toContainText(
    "/cases/vladimir-kozlov-detention",
  );
});

test("each timeline entry and finding points to its own numbered sources", async ({ page }) => {
  await page.goto("/cases/whatsapp-group-members-imprisoned");
  const entries = page.getByRole("region", { name: "Timeline" }).locator("ol > li");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("2018 — Arrested");
  await expect(entries.nth(1)).toContainText("2018 — Detained");
  await expect(entries.nth(0).getByRole("link", { name: "Source 1", exact: true })).toBeVisible();
  await expect(entries.nth(1).getByRole("link", { name: "Source 2", exact: true })).toBeVisible();

  const findings = page.getByRole("region", { name: "International findings" });
  await expect(findings).toContainText("Working Group on Arbitrary Detention");
  await expect(findings.getByRole("link", { name: /^Source \d+$/ })).toHaveCount(2);

  // A marker leads to its note, and the note back to the marker.
  await entries.nth(1).getByRole("link", { name: "Source 2", exact: true }).click();
  await expect(page).toHaveURL(/#cite-2$/);
  const note = page.locator("#cite-2");
  await expect(note.getByRole("link").first()).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+$/);
  await expect(note.getByRole("link", { name: "Back to the text" })).toHaveAttribute(
    "href",
    "#cite-ref-2",
  );
});

test("a person's page, an event's and a topic's list the cases that concern them", async ({
  page,
}) => {
  test.slow();
  await page.goto("/actors/vladimir-kozlov");
  const cases = page.getByRole("region", { name: "Cases", exact: true });
  await expect(cases.getByRole("link", { name: KOZLOV })).toHaveAttribute(
    "href",
    "/cases/vladimir-kozlov-detention",
  );
  await expect(cases).toContainText("as of 2014");

  await page.goto("/events/2018-arrest-of-whatsapp-group-members");
  const onEvent = page.getByRole("region", { name: "Cases", exact: true });
  await expect(onEvent.getByRole("link", { name: WHATSAPP })).toBeVisible();
  await expect(onEvent.getByRole("link", { name: FOUR_OTHERS })).toBeVisible();

  await page.goto("/topics/religious-freedom");
  const onTopic = page.getByRole("region", { name: "Cases", exact: true });
  await expect(onTopic.getByRole("link", { name: WHATSAPP })).toBeVisible();
  await expect(onTopic.getByRole("link", { name: "Filter these cases" })).toHaveAttribute(
    "href",
    "/cases?topic=religious-freedom",
  );
});

test("the home page gives the held figure and leads to the cases", async ({ page }) => {
  await page.goto("/");
  const held = page.getByRole("region", { name: "Last known to be held" });
  await expect(held).toContainText(/were last known to be held, as of 2014/);
  await held.getByRole("link", { name: /Every case/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }),
  ).toHaveAttribute("aria-current", "page");
});

test("/ru/cases is in Russian, with dates in Russian and the record kept in English", async ({
  page,
}) => {
  await page.goto("/ru/cases");
  await expectPageIn(page, "ru", "Дела");
  await expect(
    page.getByRole("region", { name: "По последним известным данным — под стражей" }),
  ).toContainText("по состоянию на 2014 г.");
  const form = page.getByRole("search", { name: "Фильтр дел" });
  await expect(form.getByLabel("Последний известный статус", { exact: true })).toBeVisible();
  await expect(form.getByRole("button", { name: "Применить" })).toBeVisible();

  const kozlov = caseItem(page, KOZLOV);
  await expect(kozlov).toContainText(
    "Последние известные сведения: содержание под стражей, по состоянию на 2014 г.",
  );
  // The title is English content, marked as such, linking within the Russian site.
  const title = page.getByRole("link", { name: KOZLOV });
  await expect(title).toHaveAttribute("href", "/ru/cases/vladimir-kozlov-detention");
  await expect(title).toHaveAttribute("lang", "en");
  await expect(caseItem(page, FOUR_OTHERS)).toContainText("4 человека, не названных по имени");
});

testNotFoundPages(["/cases/no-such-case", "/cases/Not_A_Slug", "/ru/cases/no-such-case"]);

test("cases.csv and case-entries.csv give each case's last known status with its date, precision and sources", async ({
  request,
}) => {
  const read = async (file: string) =>
    (await readCsv(await request.get(`/data/${file}`), file)).rows;
  const cases = await read("cases.csv");
  expect(cases.find((c) => c.slug === "vladimir-kozlov-detention")).toMatchObject({
    kind: "detention",
    people: "Vladimir Kozlov",
    unnamed_count: "0",
    last_status: "detained",
    as_of_date: "2014-01-01",
    as_of_precision: "year",
  });
  expect(cases.find((c) => c.slug === "whatsapp-group-four-other-members")).toMatchObject({
    people: "",
    unnamed_count: "4",
    last_status: "restricted",
  });

  const entries = await read("case-entries.csv");
  const whatsApp = entries.filter((e) => e.case === "whatsapp-group-members-imprisoned");
  expect(whatsApp.map((e) => e.status)).toEqual(["arrested", "detained"]);
  expect(whatsApp.every((e) => e.date_precision === "year" && e.sources !== "")).toBe(true);
});

testAccessiblePages(["/cases", "/cases/whatsapp-group-members-imprisoned", "/ru/cases"]);
testNarrowPages(["/cases", "/cases/whatsapp-group-members-imprisoned"]);
