import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { draftEvent, eventForEdit, unique } from "../fixtures/content";

test("the form checks fields with the API's schema, and shows the server's field errors in place", async ({
  api,
  browser,
}) => {
  const existing = await draftEvent(api, { title: unique("Slug owner") });
  const takenSlug = (await eventForEdit(api, existing.id)).form.slug;
  const { page, context } = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  await page.goto("/events/new");

  await page.getByRole("button", { name: "Create draft" }).click();
  const title = page.getByLabel("Title", { exact: true });
  await expect(page.getByText("Enter a title")).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAttribute("aria-describedby", "title-error");
  await expect(page.getByText("Enter a summary")).toBeVisible();
  await expect(page.getByText("Use a date as YYYY-MM-DD")).toBeVisible();

  await title.fill(unique("Valid title"));
  await page.getByLabel("Summary").fill("A summary.");
  await page.getByLabel("Month").check();
  await page.getByLabel("Start", { exact: true }).fill("2019-06");
  await expect(page.getByText("The public site shows: June 2019")).toBeVisible();
  await page.getByLabel("Slug").fill(takenSlug);
  await page.getByRole("button", { name: "Create draft" }).click();
  const slug = page.getByLabel("Slug");
  await expect(page.locator("#slug-error")).toHaveText(
    `Another record already uses the slug "${takenSlug}"`,
  );
  await expect(slug).toBeFocused();
  await expect(page).toHaveURL(/\/events\/new$/);
  await context.close();
});

test("a new source is created and attached without leaving the event form", async ({
  api,
  browser,
}) => {
  const { page, context } = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  await page.goto("/events/new");
  const title = unique("Event citing a new source");
  await page.getByLabel("Title", { exact: true }).fill(title);

  await page.getByRole("button", { name: "Create a new source…" }).click();
  const dialog = page.getByRole("dialog", { name: "New source" });
  const sourceTitle = unique("Statement by the ombudsman");
  await dialog.getByLabel("Title").fill(sourceTitle);
  await dialog.getByLabel("Publisher").fill("Ombudsman of Kazakhstan");
  await dialog.getByLabel("Link").fill("javascript:alert(1)");
  await dialog.getByRole("button", { name: "Create and attach" }).click();
  await expect(dialog.getByText("Enter a link starting with http:// or https://")).toBeVisible();
  await dialog.getByLabel("Link").fill("https://example.org/statement");
  await dialog.getByRole("button", { name: "Create and attach" }).click();
  await expect(dialog).toBeHidden();

  const citation = page.getByRole("listitem", { name: `Citation 1: ${sourceTitle}` });
  await expect(citation).toBeVisible();
  await expect(citation.getByText("Draft")).toBeVisible();
  // The event form kept what was typed, and was not submitted.
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page).toHaveURL(/\/events\/new$/);
  await context.close();
});
