import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../fixtures/admin-api";
import { call, publishedSource, unique } from "../fixtures/content";

const HEADER = "year,politicalRights,civilLiberties,status,headOfState,rank,score,note";

interface Series {
  id: string;
  name: string;
}
interface RatingRow {
  id: string;
  version: number;
}

/** Two years no rating of the series has, so the import creates both. */
async function freeYears(api: APIRequestContext, seriesId: string): Promise<[number, number]> {
  for (;;) {
    const year = 2030 + Math.floor(Math.random() * 69);
    const taken = await Promise.all(
      [year, year + 1].map((y) =>
        call<{ total: number }>(api, "rating.admin.list", { seriesId, year: y }, "query"),
      ),
    );
    if (taken.every((t) => t.total === 0)) return [year, year + 1];
  }
}

/** Deletes what the test imported, so it can run again on the same database. */
async function purge(api: APIRequestContext, seriesId: string, years: number[]) {
  for (const year of years) {
    const { items } = await call<{ items: RatingRow[] }>(
      api,
      "rating.admin.list",
      { seriesId, year },
      "query",
    );
    for (const r of items) {
      const trashed = await call<RatingRow>(api, "rating.admin.trash", {
        id: r.id,
        expectedVersion: r.version,
      });
      await call(api, "rating.admin.purge", { id: r.id, expectedVersion: trashed.version });
    }
  }
}

test("ratings import: rows are checked first, and importing waits until all are valid", async ({
  api,
  editorPage: page,
}) => {
  const [series] = await call<Series[]>(api, "rating.admin.seriesList", undefined, "query");
  const [first, second] = await freeYears(api, series!.id);
  const sourceTitle = unique("Freedom in the World report");
  await publishedSource(api, sourceTitle);
  try {
    await page.goto(`/ratings/import?series=${series!.id}`);
    await expect(page.getByLabel("Series")).toHaveValue(series!.id);
    await page.getByLabel("Find the source").fill(sourceTitle);
    await page.getByRole("button", { name: `Attach: ${sourceTitle}` }).click();
    await page
      .getByLabel("CSV", { exact: true })
      .fill(`${HEADER}\n${first},7,5,Not Free,,,,\n${second},9,5,,,,,`);
    const importButton = page.getByRole("button", { name: /^Import \d+ rows?$/ });
    await expect(importButton).toBeDisabled();

    await page.getByRole("button", { name: "Check rows" }).click();
    await expect(
      page.getByRole("heading", { name: "3. Check: some rows need fixing" }),
    ).toBeFocused();
    const rows = page.getByRole("table", {
      name: "Rows of the CSV and what the import would do",
    });
    await expect(rows.getByRole("row", { name: new RegExp(`^3 ${second} Invalid`) })).toContainText(
      "politicalRights",
    );
    await expect(importButton).toBeDisabled();
    await expect(page.getByText("fix the invalid rows and check again")).toBeVisible();

    await page
      .getByLabel("CSV", { exact: true })
      .fill(`${HEADER}\n${first},7,5,Not Free,,,,\n${second},6,5,nf,,,,`);
    await expect(page.getByText("the rows or the series changed since the check")).toBeVisible();
    await page.getByRole("button", { name: "Check rows" }).click();
    await expect(page.getByRole("heading", { name: "3. Check: every row is valid" })).toBeVisible();
    await page.getByRole("button", { name: "Import 2 rows" }).click();
    await expect(page.getByText(`Imported: 2 new (${first}, ${second})`)).toBeVisible();
  } finally {
    await purge(api, series!.id, [first, second]);
  }
});
