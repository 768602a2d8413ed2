import { expect, test, type APIRequestContext } from "@playwright/test";

import { createUser, newSession } from "../fixtures/admin-session";
import { adminApi, call, draftEvent, eventForEdit, unique } from "../fixtures/content";

let api: APIRequestContext;
test.beforeAll(async () => {
  api = await adminApi();
});
test.afterAll(async () => {
  await api.dispose();
});

test("the history compares two versions field by field and restores one", async ({ browser }) => {
  const title = unique("Protest in Zhanaozen");
  const event = await draftEvent(api, { title, body: "First account." });
  const { form } = await eventForEdit(api, event.id);
  await call(api, "event.admin.update", {
    ...form,
    id: event.id,
    expectedVersion: 1,
    title: `${title} (renamed)`,
    body: "Second account.",
    changeNote: "Renamed",
  });
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));

  await page.goto(`/events/${event.id}`);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: `History: ${title} (renamed)` })).toBeVisible();
  const revisions = page.getByRole("table", { name: "Revisions" });
  await expect(revisions.getByRole("row")).toHaveCount(3);
  const newest = revisions
    .getByRole("row")
    .filter({ has: page.getByRole("radio", { name: "Compare to version 2" }) });
  await expect(newest).toContainText("current");
  await expect(newest).toContainText("Renamed");

  // By default the two newest are compared.
  const diff = page.getByRole("table", { name: "Field-by-field changes" });
  await expect(
    page.getByRole("heading", { name: "Changes from version 1 to version 2" }),
  ).toBeVisible();
  await expect(diff.getByRole("row", { name: /^Title/ })).toContainText(`${title} (renamed)`);
  await expect(diff.getByRole("row", { name: /^Body/ })).toContainText("First account.");

  await revisions.getByRole("button", { name: "Restore version 1" }).click();
  const dialog = page.getByRole("dialog", { name: "Restore version 1?" });
  await dialog.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Version 1 restored as version 3.")).toBeVisible();
  await expect(revisions.getByRole("row")).toHaveCount(4);

  const restored = await eventForEdit(api, event.id);
  expect(restored.version).toBe(3);
  expect(restored.form.title).toBe(title);
  expect(restored.form.body).toBe("First account.");
  await context.close();
});

test("restoring from a stale page is refused and the page re-read", async ({ browser }) => {
  const title = unique("Stale restore");
  const event = await draftEvent(api, { title });
  const { form } = await eventForEdit(api, event.id);
  await call(api, "event.admin.update", {
    ...form,
    id: event.id,
    expectedVersion: 1,
    title: `${title} 2`,
  });
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto(`/events/${event.id}/history`);
  // Someone saves after the page was loaded.
  await call(api, "event.admin.update", {
    ...form,
    id: event.id,
    expectedVersion: 2,
    title: `${title} 3`,
  });

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Restore version 1" }).click();
  await expect(
    page.getByText(/Someone saved this record meanwhile \(now version 3\)/),
  ).toBeVisible();
  expect((await eventForEdit(api, event.id)).form.title).toBe(`${title} 3`);
  await context.close();
});
