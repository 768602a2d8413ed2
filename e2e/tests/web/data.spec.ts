import { expect, test } from "@playwright/test";

import { WEB_URL } from "../../ports";
import { readCsv } from "../fixtures/downloads";
import { expectNoWcagViolations } from "../fixtures/wcag";

const absolute = (url: string) => url.startsWith(`${WEB_URL}/`);

test("ratings.csv has every Freedom in the World year, each row with its absolute URL", async ({
  request,
}) => {
  const { header, rows } = await readCsv(await request.get("/data/ratings.csv"), "ratings.csv");
  expect(header).toEqual([
    "series",
    "series_name",
    "year",
    "political_rights",
    "civil_liberties",
    "status",
    "rank",
    "score",
    "head_of_state",
    "note",
    "sources",
    "url",
  ]);
  const fitw = rows.filter((r) => r.series === "freedom-in-the-world");
  expect(fitw).toHaveLength(33);
  expect(fitw.map((r) => Number(r.year))).toEqual(Array.from({ length: 33 }, (_, i) => 1991 + i));
  expect(fitw.at(-1)).toMatchObject({
    year: "2023",
    political_rights: "7",
    civil_liberties: "5",
    status: "Not Free",
    url: `${WEB_URL}/ratings/freedom-in-the-world#year-2023`,
  });
  expect(rows.every((r) => absolute(r.url!))).toBe(true);
  expect(rows.find((r) => r.series === "rule-of-law-index")).toMatchObject({
    year: "2020",
    rank: "62",
    note: "Climbing three positions since 2015.",
  });
});

test("events.csv has every event, Zhanaozen among them, each with its page", async ({
  request,
}) => {
  const { header, rows } = await readCsv(await request.get("/data/events.csv"), "events.csv");
  expect(header?.slice(0, 4)).toEqual(["id", "slug", "url", "title"]);
  expect(rows.length).toBeGreaterThanOrEqual(35);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  expect(rows.every((r) => absolute(r.url!))).toBe(true);
  const zhanaozen = rows.find((r) => r.slug === "2011-zhanaozen-oil-worker-strikes");
  expect(zhanaozen).toMatchObject({
    title: "Zhanaozen oil worker strikes and clashes with police",
    start_date: "2011-12-16",
    date_precision: "day",
    places: "zhanaozen",
    url: `${WEB_URL}/events/2011-zhanaozen-oil-worker-strikes`,
  });
  // The row's URL is the event's page.
  const page = await request.get(zhanaozen!.url!);
  expect(page.status()).toBe(200);
});

test("sources.csv links each source's page here and keeps its own address apart", async ({
  request,
}) => {
  const { header, rows } = await readCsv(await request.get("/data/sources.csv"), "sources.csv");
  expect(header).toEqual([
    "id",
    "slug",
    "url",
    "title",
    "publisher",
    "kind",
    "published_date",
    "source_url",
  ]);
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.every((r) => r.url === `${WEB_URL}/sources/${r.slug}`)).toBe(true);
});

test("the JSON downloads carry the time, the licence and the items", async ({ request }) => {
  for (const [path, min] of [
    ["/data/events.json", 35],
    ["/data/ratings.json", 34],
  ] as const) {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const json = (await response.json()) as {
      generatedAt: string;
      license: string;
      items: { url: string }[];
    };
    expect(Number.isNaN(Date.parse(json.generatedAt))).toBe(false);
    expect(json.license).toContain("CC BY 4.0");
    expect(json.items.length).toBeGreaterThanOrEqual(min);
    expect(json.items.every((i) => absolute(i.url))).toBe(true);
  }
});

test("/data offers the files, saves them as downloads, and says how to cite the dataset", async ({
  page,
}) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
  for (const file of ["events.csv", "events.json", "ratings.csv", "ratings.json", "sources.csv"])
    await expect(page.getByRole("link", { name: file })).toHaveAttribute("href", `/data/${file}`);
  const cite = page.getByRole("region", { name: "How to cite this dataset" });
  await expect(cite).toContainText(`${WEB_URL}/data (accessed`);
  await expect(cite).toContainText(/\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)/);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "ratings.csv" }).click();
  expect((await download).suggestedFilename()).toBe("ratings.csv");

  // The Russian page links to the same files.
  await page.goto("/ru/data");
  await expect(page.getByRole("link", { name: "events.csv" })).toHaveAttribute(
    "href",
    "/data/events.csv",
  );
});

test("/data has no WCAG 2 A/AA violations", async ({ page }) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
  await expectNoWcagViolations(page);
});

test("events.csv and events.json come in Russian and Kazakh: the same rows, translated titles where published", async ({
  request,
}) => {
  const english = await readCsv(await request.get("/data/events.csv"), "events.csv");
  const russian = await readCsv(await request.get("/data/events.csv?locale=ru"), "events.ru.csv");
  expect(russian.header).toEqual(english.header);
  expect(russian.rows.map((r) => r.id)).toEqual(english.rows.map((r) => r.id));
  expect(russian.rows.find((r) => r.slug === "2011-zhanaozen-oil-worker-strikes")?.title).toBe(
    "Забастовки нефтяников в Жанаозене и столкновения с полицией",
  );
  const kazakh = await request.get("/data/events.json?locale=kk");
  expect(kazakh.status()).toBe(200);
  expect(kazakh.headers()["content-disposition"]).toBe('attachment; filename="events.kk.json"');
  const { items } = (await kazakh.json()) as { items: { slug: string; title: string }[] };
  expect(items.length).toBe(english.rows.length);
  expect(items.find((e) => e.slug === "2011-zhanaozen-oil-worker-strikes")?.title).toMatch(
    /Жаңаөзен|Жанаозен/,
  );
  const unknown = await request.get("/data/events.csv?locale=de");
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toContain("en, ru, kk");
});
