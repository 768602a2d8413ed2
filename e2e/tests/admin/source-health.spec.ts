// Source health in the admin: the source form records verification and an archive copy, refuses a
// second source for the same document, shows what the daily check found; the dashboard lists the
// sources needing work.
import { createDb } from "@kz/db";

import { expect, test } from "../fixtures/admin-api";
import { call, unique, uniqueSlug } from "../fixtures/content";

const db = createDb(process.env.E2E_DATABASE_URL!);
test.afterAll(() => db.$disconnect());

const createSource = (api: Parameters<typeof call>[0], title: string, url: string) =>
  call<{ id: string; version: number }>(api, "source.admin.create", {
    title,
    slug: "",
    publisher: "E2E Monitor",
    kind: "report",
    url,
    publishedDate: "",
    accessedDate: "",
    notes: "",
  });

test("the source form records who verified the link, when and how, and an archive copy", async ({
  api,
  editorPage: page,
}) => {
  const slug = uniqueSlug("verified");
  const url = `https://example.org/${slug}`;
  const source = await createSource(api, unique("Verified report"), url);
  await page.goto(`/sources/${source.id}`);
  await expect(page.getByText("This link has not been checked yet")).toBeVisible();

  // Bad input: the field says why, and nothing is saved.
  await page.getByLabel("Archived copy").fill("https://example.org/my-copy");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Archived copy")).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByText(/^Enter the address of a copy in the Wayback Machine/).first(),
  ).toBeVisible();

  await page.getByLabel("Archived copy").fill(`https://web.archive.org/web/2026/${url}`);
  await page.getByLabel("Verified by").fill("E2E Editor");
  await page.getByLabel("Verified on").fill("2026-12-07");
  await page
    .getByLabel("How it was verified")
    .fill("The stored page names the title and publisher.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved: version 2.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Archived copy")).toHaveValue(
    `https://web.archive.org/web/2026/${url}`,
  );
  await expect(page.getByLabel("Verified by")).toHaveValue("E2E Editor");
  await expect(page.getByLabel("Verified on")).toHaveValue("2026-12-07");
  await expect(page.getByLabel("How it was verified")).toHaveValue(
    "The stored page names the title and publisher.",
  );
});

test("a second source for the same document is refused, naming the first", async ({
  api,
  editorPage: page,
}) => {
  const path = uniqueSlug("dup");
  const first = unique("First copy");
  await createSource(api, first, `https://www.example.org/${path}`);
  await page.goto("/sources/new");
  await page.getByLabel("Title", { exact: true }).fill(unique("Second copy"));
  await page.getByLabel("Publisher").fill("E2E Monitor");
  await page.getByRole("textbox", { name: /^Link/ }).fill(`http://example.org/${path}/`);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText(`Another source has this address: "${first}"`).first()).toBeVisible();
  await expect(page).toHaveURL(/\/sources\/new$/);
});

test("the dashboard lists sources with no link, a failing link or no archive copy", async ({
  api,
  editorPage: page,
}) => {
  const noLink = unique("AAA no link");
  await createSource(api, noLink, "");
  const failingTitle = unique("AAA failing link");
  const failingUrl = `https://gone.example.org/${Date.now()}`;
  const failing = await createSource(api, failingTitle, failingUrl);
  // What the daily check records for an address that is gone.
  await db.sourceCheck.create({
    data: { sourceId: failing.id, url: failingUrl, result: "BROKEN", httpStatus: 404 },
  });

  await page.goto("/");
  const work = page.getByRole("region", { name: "Sources needing work" });
  await expect(work.getByRole("region", { name: /Failing links/ })).toContainText(failingTitle);
  await expect(work.getByRole("region", { name: /Failing links/ })).toContainText("HTTP 404");
  await expect(work.getByRole("region", { name: /No link/ })).toContainText(noLink);
  await expect(work.getByRole("region", { name: /No archived copy/ })).toContainText(failingTitle);

  await work.getByRole("link", { name: failingTitle }).first().click();
  await expect(page.getByTestId("source-health")).toContainText("broken");
  await expect(page.getByTestId("source-health")).toContainText("HTTP 404");
});
