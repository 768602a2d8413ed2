// No lost work (issue 19): unsaved edits ask before a link or the Back button leaves them behind,
// Ctrl+S saves, and a person picked but not added blocks the save instead of vanishing.
import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, draftEvent, eventForEdit, unique, draftPerson } from "../fixtures/content";

interface Place {
  id: string;
  version: number;
  form: { name: string; region: string | null };
}

const newPlace = (api: APIRequestContext, name: string) =>
  call<Place>(api, "place.admin.create", {
    name,
    slug: "",
    otherNames: [],
    region: "",
    latitude: null,
    longitude: null,
  });

const placeForEdit = (api: APIRequestContext, id: string) =>
  call<Place>(api, "place.admin.getForEdit", { id }, "query");

test("a sidebar link asks before leaving unsaved edits: stay keeps them, save saves and goes on", async ({
  api,
  browser,
}) => {
  const place = await newPlace(api, unique("Guarded place"));
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto(`/places/${place.id}`);
  await page.getByLabel("Region").fill("Mangystau");
  const sidebar = page.getByRole("navigation", { name: "Admin sections" });

  await sidebar.getByRole("link", { name: "Sources" }).click();
  const guard = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(guard).toBeVisible();
  await guard.getByRole("button", { name: "Stay on this page" }).click();
  await expect(guard).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}$`));
  await expect(page.getByLabel("Region")).toHaveValue("Mangystau");

  await sidebar.getByRole("link", { name: "Sources" }).click();
  await guard.getByRole("button", { name: "Save and leave" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  const saved = await placeForEdit(api, place.id);
  expect(saved.version).toBe(place.version + 1);
  expect(saved.form.region).toBe("Mangystau");
  await context.close();
});

test("Back asks too, and leaving without saving drops the edits", async ({ api, browser }) => {
  const name = unique("Back place");
  const place = await newPlace(api, name);
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  // Into the record from its list, within the admin: Back is then a move within the page.
  await page.goto(`/places?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}$`));
  await page.getByLabel("Region").fill("Not to be kept");

  // The guard holds the page: Back asks instead of navigating. (goBack waits for a navigation that
  // only happens once the editor chooses, so it is awaited at the end.)
  const back = page.goBack().catch(() => null);
  const guard = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(guard).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}$`));
  await guard.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/places\?q=/);
  expect((await placeForEdit(api, place.id)).version).toBe(place.version);
  await back;
  await context.close();
});

test("Ctrl+S saves the form, and a saved form leaves without asking", async ({ api, browser }) => {
  const place = await newPlace(api, unique("Keyboard place"));
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto(`/places/${place.id}`);
  await page.getByLabel("Region").fill("Atyrau");
  await page.getByLabel("Region").press("Control+s");
  await expect(page.getByText(`Saved: version ${place.version + 1}.`)).toBeVisible();
  expect((await placeForEdit(api, place.id)).form.region).toBe("Atyrau");

  await page
    .getByRole("navigation", { name: "Admin sections" })
    .getByRole("link", { name: "Sources" })
    .click();
  await expect(page).toHaveURL(/\/sources$/);
  await context.close();
});

test("a person picked but not added blocks the save with a message, and nothing is saved", async ({
  api,
  browser,
}) => {
  const name = unique("Picked person");
  await draftPerson(api, name);
  const event = await draftEvent(api, { title: unique("Picker event") });
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto(`/events/${event.id}`);
  await page.getByLabel("Add an actor: find by name").fill(name);
  await page.getByRole("button", { name: `Choose ${name}` }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`“${name}” is picked but not added`)).toBeVisible();
  expect((await eventForEdit(api, event.id)).version).toBe(event.version);

  // Adding them with a role lets the save through, with them in it.
  await page.getByLabel("Role in the event").fill("detained");
  await page.getByRole("button", { name: "Add actor" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved: version ${event.version + 1}.`)).toBeVisible();
  expect((await eventForEdit(api, event.id)).form.actors).toEqual([
    expect.objectContaining({ role: "detained" }),
  ]);
  await context.close();
});
