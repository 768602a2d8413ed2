import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { draftEvent, eventForEdit, publishedSource, unique } from "../fixtures/content";

test("a stale save shows what changed meanwhile, and overwrites only after confirmation", async ({
  api,
  browser,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const source = await publishedSource(api, unique("Statement"));
  const title = unique("Strike at an oil field");
  const event = await draftEvent(api, { title, sourceId: source.id });
  // The page holds the record's soft lock, so the other save comes through the API (a token,
  // another tool): the version check, not the lock, is what keeps it from being overwritten.
  const second = await newSession(browser, await createUser(api, "EDITOR"));
  await second.page.goto(`/events/${event.id}`);
  await expect(second.page.getByTestId("record-version")).toHaveText("1");
  const current = await eventForEdit(api, event.id);
  await api.post("/api/trpc/event.admin.update", {
    data: {
      json: { ...current.form, id: event.id, expectedVersion: 1, title: `${title} (first)` },
    },
  });

  await second.page.getByLabel("Summary").fill("The second editor's summary.");
  await second.page.getByRole("button", { name: "Save", exact: true }).click();
  const panel = second.page
    .getByRole("alert")
    .filter({ hasText: "Someone else saved this record" });
  await expect(panel).toContainText(
    "Someone else saved this record (version 2) while you were editing",
  );
  await expect(panel).toBeFocused();
  // The fields that differ: their title, my summary.
  await expect(panel.getByRole("row", { name: /Title changed by them/ })).toContainText(
    `${title} (first)`,
  );
  await expect(panel.getByRole("row", { name: /Summary/ })).toContainText(
    "The second editor's summary.",
  );
  // Nothing was written.
  expect((await eventForEdit(api, event.id)).form.summary).not.toBe("The second editor's summary.");

  await panel.getByRole("button", { name: "Overwrite with mine…" }).click();
  await panel.getByRole("button", { name: "Yes, overwrite with mine" }).click();
  await expect(second.page.getByText("Saved: version 3.")).toBeVisible();
  const saved = await eventForEdit(api, event.id);
  expect(saved.version).toBe(3);
  expect(saved.form.summary).toBe("The second editor's summary.");

  await second.context.close();
});

test("after a conflict, reloading their version discards the unsaved edits", async ({
  api,
  browser,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const title = unique("Blogger fined");
  const event = await draftEvent(api, { title });
  const session = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  await session.page.goto(`/events/${event.id}`);
  // Someone else saves meanwhile.
  const current = await eventForEdit(api, event.id);
  await api.post("/api/trpc/event.admin.update", {
    data: {
      json: { ...current.form, id: event.id, expectedVersion: 1, title: `${title} (theirs)` },
    },
  });

  await session.page.getByLabel("Title", { exact: true }).fill(`${title} (mine)`);
  await session.page.getByRole("button", { name: "Save", exact: true }).click();
  await session.page.getByRole("button", { name: "Reload their version (discard mine)" }).click();
  await expect(session.page.getByLabel("Title", { exact: true })).toHaveValue(`${title} (theirs)`);
  await expect(session.page.getByTestId("record-version")).toHaveText("2");
  await session.context.close();
});
