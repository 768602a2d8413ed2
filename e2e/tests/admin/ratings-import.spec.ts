import { expect, test, type APIRequestContext } from "@playwright/test";

import { createUser, newSession } from "../fixtures/admin-session";
import { adminApi, publishedSource, unique } from "../fixtures/content";

let api: APIRequestContext;
test.beforeAll(async () => {
  api = await adminApi();
});
test.afterAll(async () => {
  await api.dispose();
});

const HEADER = "year,politicalRights,civilLiberties,status,headOfState,rank,score,note";

test("ratings import: rows are checked first, and importing waits until all are valid", async ({
  browser,
}) => {
  const sourceTitle = unique("Freedom in the World 2099");
  await publishedSource(api, sourceTitle);
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto("/ratings/import");

  await page.getByLabel("Find the source").fill(sourceTitle);
  await page.getByRole("button", { name: `Attach: ${sourceTitle}` }).click();
  await page.getByLabel("CSV", { exact: true }).fill(`${HEADER}\n2098,7,5,Not Free,,,,\n2099,9,5,,,,,`);
  const importButton = page.getByRole("button", { name: /^Import \d+ rows?$/ });
  await expect(importButton).toBeDisabled();

  await page.getByRole("button", { name: "Check rows" }).click();
  await expect(page.getByRole("heading", { name: "3. Check: some rows need fixing" })).toBeFocused();
  const rows = page.getByRole("table", { name: "Rows of the CSV and what the import would do" });
  await expect(rows.getByRole("row", { name: /^3 2099 Invalid/ })).toContainText("politicalRights");
  await expect(importButton).toBeDisabled();
  await expect(page.getByText("fix the invalid rows and check again")).toBeVisible();

  await page.getByLabel("CSV", { exact: true }).fill(`${HEADER}\n2098,7,5,Not Free,,,,\n2099,6,5,nf,,,,`);
  await expect(page.getByText("the rows or the series changed since the check")).toBeVisible();
  await page.getByRole("button", { name: "Check rows" }).click();
  await expect(page.getByRole("heading", { name: "3. Check: every row is valid" })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText(/Imported: 2 new \(2098, 2099\)/)).toBeVisible();
  await context.close();
});
