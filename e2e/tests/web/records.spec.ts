import { expect, test } from "@playwright/test";

import { testNotFoundPages } from "../fixtures/reading-pages";

test("an event page shows its date at day precision, its record and numbered source notes", async ({
  page,
}) => {
  await page.goto("/events/2011-zhanaozen-oil-worker-strikes");
  const main = page.getByRole("main");
  await expect(main.locator("header time")).toHaveText("16 December 2011");
  await expect(main.locator("header time")).toHaveAttribute("datetime", "2011-12-16");

  const about = page.getByRole("region", { name: "About this event" });
  await expect(about.getByRole("link", { name: "Zhanaozen" })).toHaveAttribute(
    "href",
    "/places/zhanaozen",
  );
  await expect(about.getByRole("link", { name: "Police (Kazakhstan)" })).toBeVisible();
  await expect(about.getByText("clashed with protesters")).toBeVisible();
  await expect(about.getByText("Last updated")).toBeVisible();

  // The document's account, and the eyewitnesses', government officials' and official sources'
  // words it reports, each attributed to its speaker.
  const notes = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
  await expect(notes).toHaveCount(4);
  for (const note of await notes.all()) {
    await expect(note.getByRole("link").first()).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+$/);
  }
  await expect(
    page.getByRole("region", { name: "Related events" }).getByRole("article").first(),
  ).toBeVisible();

  // Structured data is valid JSON that no record text can break out of.
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(jsonLd ?? "");
  expect(data).toMatchObject({
    "@type": "Article",
    headline: "Zhanaozen oil worker strikes and clashes with police",
    about: { "@type": "Event", startDate: "2011-12-16" },
  });
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page).toHaveTitle(/^Zhanaozen oil worker strikes/);
});

test("a month-precision event shows the month, not a made-up day", async ({ page }) => {
  await page.goto("/events/2005-vremya-printing-house-cancels-newspaper-contracts");
  const date = page.getByRole("main").locator("header time");
  await expect(date).toHaveText("September 2005");
  await expect(date).toHaveAttribute("datetime", "2005-09");
});

test("topic, source, actor and place pages render their records", async ({ page }) => {
  // A walk through four kinds of record page.
  test.slow();
  await page.goto("/topics");
  await page.getByRole("link", { name: "Protests", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Protests" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Sources" }).getByRole("listitem").first(),
  ).toBeVisible();
  const events = page.getByRole("region", { name: "Events" });
  await expect(events.getByRole("link", { name: /Zhanaozen oil worker strikes/ })).toBeVisible();

  await page.goto("/sources?kind=law");
  await expect(page.getByText(/sources? match/)).toBeVisible();
  const first = page.getByRole("main").getByRole("listitem").first();
  await expect(first.getByText("Law", { exact: true })).toBeVisible();

  await page.goto("/actors?kind=person");
  await page.getByRole("link", { name: "Kassym-Jomart Tokayev" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kassym-Jomart Tokayev" }),
  ).toBeVisible();
  await expect(page.getByText("Role: signatory").first()).toBeVisible();

  await page.goto("/places");
  const map = page.getByRole("group", { name: "Places in the record" });
  await expect(map.getByRole("link", { name: /^Almaty: / })).toBeVisible();
  // The country as a whole has no meaningful point: it is listed, not marked.
  await expect(map.getByRole("link", { name: /^Kazakhstan: / })).toHaveCount(0);
  await page
    .getByRole("region", { name: "All places" })
    .getByRole("link", { name: "Kazakhstan" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Kazakhstan" })).toBeVisible();
});

testNotFoundPages([
  "/events/no-such-event",
  "/events/Not_A_Slug",
  "/topics/no-such-topic",
  "/sources/no-such-source",
  "/actors/no-such-actor",
  "/places/no-such-place",
  "/ru/events/no-such-event",
  "/events?cursor=____",
]);

test("a source's page links its verified address, and cites it in APA, BibTeX, RIS and CSL-JSON", async ({
  page,
}) => {
  const address = "https://adilet.zan.kz/eng/docs/Z2000000333";
  await page.goto("/sources/law-on-peaceful-assemblies-2020");
  await expect(page.locator(`a[href="${address}"]`).first()).toBeVisible();
  const cite = page.getByRole("region", { name: "Cite this" });
  for (const format of ["APA", "BibTeX", "RIS", "CSL-JSON"]) {
    await cite.getByText(format, { exact: true }).click();
  }
  await expect(cite.locator('pre[data-format="BibTeX"]')).toContainText(`url = {${address}}`);
  await expect(cite.locator('pre[data-format="RIS"]')).toContainText(`UR  - ${address}`);
  await expect(cite.locator('pre[data-format="APA"]')).toContainText("(2020)");
  const csl = JSON.parse(await cite.locator('pre[data-format="CSL-JSON"]').innerText()) as {
    URL: string;
  }[];
  expect(csl[0]?.URL).toBe(address);
});

test("event, topic, actor and place pages cite themselves as pages of the record", async ({
  page,
}) => {
  for (const path of [
    "/events/2011-zhanaozen-oil-worker-strikes",
    "/topics/protests",
    "/places/zhanaozen",
    "/actors/nursultan-nazarbayev",
  ]) {
    await page.goto(path);
    const cite = page.getByRole("region", { name: "Cite this" });
    await cite.getByText("BibTeX", { exact: true }).click();
    await expect(cite.locator('pre[data-format="BibTeX"]'), path).toContainText(path);
  }
});
