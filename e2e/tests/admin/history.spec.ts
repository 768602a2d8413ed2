import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, draftEvent, eventForEdit, publishedSource, unique } from "../fixtures/content";

test("the history compares two versions field by field and restores one", async ({
  api,
  editorPage: page,
}) => {
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
});

test("restoring from a stale page is refused and the page re-read", async ({
  api,
  editorPage: page,
}) => {
  const title = unique("Stale restore");
  const event = await draftEvent(api, { title });
  const { form } = await eventForEdit(api, event.id);
  await call(api, "event.admin.update", {
    ...form,
    id: event.id,
    expectedVersion: 1,
    title: `${title} 2`,
  });
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
});

test("the history names the people and sources an edit linked, and marks the words it changed", async ({
  api,
  browser,
}) => {
  const title = unique("Trial of a journalist");
  const source = await publishedSource(api, unique("Court record"));
  const person = await call<{ id: string }>(api, "actor.admin.create", {
    name: unique("Journalist Dinara"),
    slug: "",
    kind: "person",
    otherNames: [],
    description: "",
  });
  const { name: personName } = (
    await call<{ form: { name: string } }>(
      api,
      "actor.admin.getForEdit",
      { id: person.id },
      "query",
    )
  ).form;
  const body = "The court in Almaty fined the journalist for a post about the strike in Zhanaozen.";
  const event = await draftEvent(api, { title, body });
  const { form } = await eventForEdit(api, event.id);
  await call(api, "event.admin.update", {
    ...form,
    id: event.id,
    expectedVersion: 1,
    body: body.replace("fined", "jailed"),
    actors: [{ actorId: person.id, role: "defendant" }],
    citations: [{ sourceId: source.id, locator: "p. 3", quote: "" }],
  });
  const { page, context } = await newSession(browser, await createUser(api, "VIEWER"));

  await page.goto(`/events/${event.id}/history`);
  const diff = page.getByRole("table", { name: "Field-by-field changes" });
  // Linked records by name, not by id, each an addition of its own.
  const actors = diff.getByRole("row", { name: /^Actors/ });
  await expect(actors).toContainText("added");
  await expect(actors).toContainText(`“${personName}” (defendant)`);
  await expect(actors).not.toContainText(person.id);
  await expect(diff.getByRole("row", { name: /^Citations/ })).toContainText("p. 3");
  // The body's one changed word is marked on each side.
  const bodyRow = diff.getByRole("row", { name: /^Body/ });
  await expect(bodyRow.locator("del")).toHaveText("fined");
  await expect(bodyRow.locator("ins")).toHaveText("jailed");
  await context.close();
});
