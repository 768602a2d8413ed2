// No lost work (issue 19): unsaved edits ask before a link or the Back button leaves them behind,
// and a person chosen in the picker is added at once instead of vanishing. (Ctrl+S, and a saved
// form leaving without asking: editor-day.spec.ts.)
import { expect, test } from "../fixtures/admin-api";
import {
  eventWithPersonToPick,
  leaveGuard,
  openNewPlace,
  sidebarLink,
} from "../fixtures/admin-page";
import { draftPlace, eventForEdit, placeForEdit, unique } from "../fixtures/content";

test("a sidebar link asks before leaving unsaved edits: stay keeps them, save saves and goes on", async ({
  api,
  editorPage: page,
}) => {
  const place = await openNewPlace(api, page, "Guarded place");
  await page.getByLabel("Region").fill("Mangystau");

  await sidebarLink(page, "Sources").click();
  const guard = leaveGuard(page);
  await expect(guard).toBeVisible();
  await guard.getByRole("button", { name: "Stay on this page" }).click();
  await expect(guard).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}$`));
  await expect(page.getByLabel("Region")).toHaveValue("Mangystau");

  await sidebarLink(page, "Sources").click();
  await guard.getByRole("button", { name: "Save and leave" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  const saved = await placeForEdit(api, place.id);
  expect(saved.version).toBe(place.version + 1);
  expect(saved.form.region).toBe("Mangystau");
});

test("Back asks too, and leaving without saving drops the edits", async ({
  api,
  editorPage: page,
}) => {
  const name = unique("Back place");
  const place = await draftPlace(api, name);
  // Into the record from its list, within the admin: Back is then a move within the page.
  await page.goto(`/places?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}$`));
  await page.getByLabel("Region").fill("Not to be kept");

  // The guard holds the page: Back asks instead of navigating. (goBack waits for a navigation that
  // only happens once the editor chooses, so it is awaited at the end.)
  const back = page.goBack().catch(() => null);
  const guard = leaveGuard(page);
  await expect(guard).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/places/${place.id}$`));
  await guard.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/places\?q=/);
  expect((await placeForEdit(api, place.id)).version).toBe(place.version);
  await back;
});

// Changed with the picker (issue 19): choosing a person adds them at once, so a choice can no longer
// be left out of a save; a missing role is the field's message at their row.
test("a person chosen in the picker joins the event at once, and a save without their role asks for it", async ({
  api,
  editorPage: page,
}) => {
  const { name, event, search } = await eventWithPersonToPick(api, page, "Picked");
  await search.fill(name);
  await page.getByRole("button", { name: `Choose ${name}` }).click();
  const role = page.getByLabel(`Role of ${name}`);
  await expect(role).toBeFocused();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#actors-0-role-error")).toHaveText(
    `Say what ${name} did, e.g. detained`,
  );
  expect((await eventForEdit(api, event.id)).version).toBe(event.version);

  // Giving the role lets the save through, with them in it.
  await role.fill("detained");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved: version ${event.version + 1}.`)).toBeVisible();
  expect((await eventForEdit(api, event.id)).form.actors).toEqual([
    expect.objectContaining({ role: "detained" }),
  ]);
});
