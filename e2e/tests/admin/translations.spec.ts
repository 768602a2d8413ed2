import { expect, test } from "../fixtures/admin-api";
import { call, eventForEdit, publishedEvent, publishedSource, unique } from "../fixtures/content";

test("an English edit makes the translation outdated, the editor shows what changed, and publishing clears it", async ({
  api,
  editorPage: page,
}) => {
  const title = unique("Strike in Zhanaozen");
  const source = await publishedSource(api, unique("Strike report"));
  const event = await publishedEvent(api, {
    title,
    summary: "Oil workers went on strike.",
    sourceId: source.id,
  });
  const record = { entityType: "EVENT", recordId: event.id, locale: "ru" };
  await call(api, "translation.save", {
    ...record,
    fields: [{ field: "summary", text: "Нефтяники объявили забастовку.", expectedVersion: null }],
  });
  await call(api, "translation.publish", { ...record, reviewed: true });

  // The English changes (saved and published): the translation has no write of its own.
  const { form, version } = await eventForEdit(api, event.id);
  await call(api, "event.admin.update", {
    ...form,
    id: event.id,
    expectedVersion: version,
    summary: "Oil workers went on strike for higher pay.",
    changeNote: "Why they struck",
  });
  const edited = await eventForEdit(api, event.id);
  await call(api, "event.admin.publish", { id: event.id, expectedVersion: edited.version });

  await page.goto(`/translations/EVENT/${event.id}/ru`);
  const summary = page.getByTestId("translation-field-summary");
  await expect(summary.getByText("Outdated", { exact: true })).toBeVisible();
  const diff = summary.getByTestId("english-diff");
  await expect(diff.locator("del")).toHaveText("strike.");
  await expect(diff.locator("ins")).toHaveText("strike for higher pay.");

  await summary
    .getByRole("textbox")
    .fill("Нефтяники объявили забастовку, требуя повышения зарплаты.");
  await page.getByLabel("I reviewed it against the English").check();
  await page.getByRole("button", { name: "Publish translation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  await expect(summary.getByText("Published", { exact: true })).toBeVisible();
  await expect(summary.getByTestId("english-diff")).toHaveCount(0);

  // The list of what needs work into Russian still has it (its title and body are untranslated),
  // but no longer as outdated.
  await page.goto("/translations?kind=EVENT&locale=ru&show=needs");
  const row = page.getByTestId("translation-list").getByRole("listitem").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText("Outdated");
});

test("the dashboard shows translation progress per language", async ({ editorPage: page }) => {
  await page.goto("/");
  await expect(page.getByTestId("translation-progress-ru")).toContainText(/ru: \d+\/\d+ events/);
  await expect(page.getByTestId("translation-progress-kk")).toContainText(/kk: \d+\/\d+ places/);
});
