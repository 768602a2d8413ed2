// Places, people and topics are edited with one form built from the fields their collections
// declare (packages/api/src/collections): every kind of input saves what was typed, refuses bad
// input with the field's message, and passes the accessibility checks.
import { expect, test } from "../fixtures/admin-api";
import { unique } from "../fixtures/content";
import { expectNoWcagViolations } from "../fixtures/wcag";

test("a place is saved with its other names and coordinates; a latitude out of range is refused", async ({
  editorPage: page,
}) => {
  const name = unique("Zhanaozen test");
  await page.goto("/places/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Other names").fill("Жанаозен\nUzen");
  await page.getByLabel("Region").fill("Mangystau");
  await page.getByLabel("Latitude").fill("143.3");
  await page.getByLabel("Longitude").fill("52.86");
  await page.getByRole("button", { name: "Create draft" }).click();
  // Bad input: the field says why, and nothing was created.
  await expect(page.getByLabel("Latitude")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/places\/new$/);

  await page.getByLabel("Latitude").fill("43.34");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/places\/[^/]+\?created=1$/);
  await page.reload();
  await expect(page.getByLabel("Other names")).toHaveValue("Жанаозен\nUzen");
  await expect(page.getByLabel("Region")).toHaveValue("Mangystau");
  await expect(page.getByLabel("Latitude")).toHaveValue("43.34");
  await expect(page.getByLabel("Longitude")).toHaveValue("52.86");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(name);
});

test("a new topic comes after the last one, and its overview is previewed as markdown", async ({
  editorPage: page,
}) => {
  await page.goto("/topics?sort=position&order=desc");
  // Cells after the title: the bulk checkbox, the status, then the position.
  const row = page.locator("table tbody tr").first();
  const last = Number(await row.locator("td").nth(2).innerText());
  await page.goto("/topics/new");
  await expect(page.getByLabel("Position")).toHaveValue(String(last + 1));
  await page.getByRole("textbox", { name: "Overview" }).fill("## Heading\n\nSome **bold** words.");
  await expect(
    page.getByTestId("overview-preview").getByRole("heading", { name: "Heading" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Citations" })).toBeVisible();
});

test("/actors/new passes the WCAG checks", async ({ editorPage: page }) => {
  await page.goto("/actors/new");
  await expect(page.getByLabel("Kind")).toBeVisible();
  await expectNoWcagViolations(page);
});
