// An editor opens a case file in the admin — the people concerned, a three-entry timeline each
// entry cited, an international finding — and publishes it; the public case page, /cases, the
// person's page, the API and the cases download show it. A timeline that cannot be read is
// refused at the field, and nothing is saved.
import type { Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { WEB_URL } from "../../ports";
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, publishedSource, unique } from "../fixtures/content";
import { publishFromBar } from "../fixtures/workflow";

interface EntrySpec {
  precision?: "Day" | "Month" | "Year";
  date: string;
  status: string;
  term?: string;
  note?: string;
}

/** Fills one timeline entry (or finding) group, citing `source` in it. */
async function cite(group: Locator, source: string): Promise<void> {
  await group.getByRole("button", { name: /^Add a source/ }).click();
  await group.getByRole("searchbox").fill(source);
  await group.getByRole("button", { name: `Attach: ${source}` }).click();
  await expect(
    group.getByRole("listitem", { name: new RegExp(`^Citation 1\\b.*${source}`) }),
  ).toBeVisible();
}

async function addEntry(page: Page, n: number, entry: EntrySpec, source: string): Promise<void> {
  await page.getByRole("button", { name: "Add an entry" }).click();
  const group = page.getByRole("group", { name: `Entry ${n}` });
  if (entry.precision) await group.getByLabel("Precision").selectOption({ label: entry.precision });
  await group.getByLabel("Date", { exact: true }).fill(entry.date);
  await group.getByLabel("Status").selectOption({ label: entry.status });
  if (entry.term) await group.getByLabel("Term").fill(entry.term);
  if (entry.note) await group.getByLabel("Note").fill(entry.note);
  await cite(group, source);
}

test("an editor publishes a case with a cited three-entry timeline and a finding, and the public sees it everywhere", async ({
  api,
  browser,
  request,
}) => {
  const source = unique("Report on a detained blogger");
  await publishedSource(api, source);
  const name = unique("Blogger");
  const person = await call<{ id: string; version: number }>(api, "actor.admin.create", {
    name,
    slug: "",
    kind: "person",
    otherNames: [],
    description: "",
  });
  await call(api, "actor.admin.publish", { id: person.id, expectedVersion: person.version });

  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  const title = unique("Blogger held for a post");
  await page.goto("/cases/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Prosecution" });
  await page.getByLabel("Summary").fill("A blogger was arrested over a post and sentenced.");
  await page.getByRole("checkbox", { name }).check();
  await page.getByLabel("Charges").fill("Spreading false information");

  await addEntry(page, 1, { date: "2020-03-02", status: "Arrested" }, source);
  await addEntry(page, 2, { date: "2020-09-14", status: "Sentenced", term: "three years" }, source);
  await addEntry(
    page,
    3,
    { precision: "Year", date: "2022", status: "Released", note: "Released early." },
    source,
  );

  // A term the record cannot read: the field says so, and nothing is created.
  await page.getByRole("button", { name: "Create draft" }).click();
  const term = page.getByRole("group", { name: "Entry 2" }).getByLabel("Term");
  await expect(term).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText('Write the term as "7 years"')).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/new$/);
  await term.fill("3 years");

  await page.getByRole("button", { name: "Add a finding" }).click();
  const finding = page.getByRole("group", { name: "Finding 1" });
  await finding.getByLabel("Body").fill("UN Working Group on Arbitrary Detention");
  await finding.getByLabel("Finding", { exact: true }).fill("The detention was arbitrary.");
  await cite(finding, source);

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/cases\/[^/]+\?created=1$/);
  await publishFromBar(page);
  await expect(
    page.getByRole("region", { name: "Workflow" }).getByText("Published", { exact: true }),
  ).toBeVisible();
  await context.close();

  // The public case list and the API: the last known status with its date and source.
  const list = await request.get(`${WEB_URL}/api/trpc/case.list`);
  expect(list.ok()).toBe(true);
  const listed = (
    (await list.json()) as {
      result: {
        data: {
          json: {
            items: {
              slug: string;
              title: string;
              lastKnown: { status: string; date: string; sources: { name: string }[] };
            }[];
          };
        };
      };
    }
  ).result.data.json.items.find((c) => c.title === title);
  expect(listed?.lastKnown).toMatchObject({
    status: "released",
    date: "2022-01-01",
    sources: [{ name: source }],
  });
  const slug = listed!.slug;

  const reader = await browser.newPage({ baseURL: WEB_URL });
  await reader.goto("/en/cases");
  const item = reader
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: reader.getByRole("link", { name: title, exact: true }) });
  await expect(item).toContainText(`Last known: released, as of 2022, per E2E Monitor`);

  await reader.goto(`/en/cases/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const timeline = reader.getByRole("region", { name: "Timeline" });
  await expect(timeline.locator("ol > li")).toHaveCount(3);
  await expect(timeline).toContainText("3 years");
  await expect(reader.getByText("The detention was arbitrary.")).toBeVisible();
  await expect(reader.getByRole("link", { name })).toBeVisible();

  // The person's page lists the case.
  await reader.getByRole("link", { name }).click();
  await expect(reader.getByRole("link", { name: title })).toBeVisible();

  const csv = await request.get(`${WEB_URL}/data/cases.csv`);
  expect(csv.ok()).toBe(true);
  const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.find((r) => r.slug === slug)).toMatchObject({
    title,
    people: name,
    last_status: "released",
    as_of_date: "2022-01-01",
  });
  await reader.close();
});
