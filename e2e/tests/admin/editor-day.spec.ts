// An editor's day without lost work (issue 19): the guard on the sidebar, autosave (through a
// reload and a lost connection), a chosen person never dropped, Ctrl+S, and publishing that asks
// first and shows what changes.
import { expect, test } from "../fixtures/admin-api";
import {
  eventWithPersonToPick,
  leaveGuard,
  openNewPlace,
  sidebarLink,
} from "../fixtures/admin-page";
import {
  call,
  draftEvent,
  draftPlace,
  eventForEdit,
  placeForEdit,
  unique,
} from "../fixtures/content";

/** Autosave waits for typing to pause (3 s), then saves: allow for both. */
const AUTOSAVE = { timeout: 15_000 };

test("clicking the sidebar with unsaved text in the body shows the guard, and staying keeps the text", async ({
  api,
  editorPage: page,
}) => {
  const event = await draftEvent(api, { title: unique("Guarded body") });
  await page.goto(`/events/${event.id}`);
  await page.getByLabel("Body", { exact: true }).fill("A paragraph not saved yet.");
  await sidebarLink(page, "Sources").click();
  const guard = leaveGuard(page);
  await expect(guard).toBeVisible();
  await guard.getByRole("button", { name: "Stay on this page" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("A paragraph not saved yet.");
});

test("autosave saves once typing pauses, survives a reload, and the history folds its saves", async ({
  api,
  editorPage: page,
}) => {
  const place = await openNewPlace(api, page, "Autosaved place");
  const region = page.getByLabel("Region");
  const state = page.getByTestId("save-state");

  await region.fill("Mangystau");
  await expect(state).toHaveText(/^Autosaved at /, AUTOSAVE);
  // Focus stayed where the editor types, and nothing asked anything.
  await expect(region).toBeFocused();
  expect((await placeForEdit(api, place.id)).version).toBe(place.version + 1);

  await region.fill("Mangystau region");
  await expect(state).toHaveText(/^Autosaved at /, AUTOSAVE);
  await expect
    .poll(async () => (await placeForEdit(api, place.id)).version)
    .toBe(place.version + 2);

  await page.reload();
  await expect(page.getByLabel("Region")).toHaveValue("Mangystau region");

  await page.goto(`/places/${place.id}/history`);
  const revisions = page.getByRole("table", { name: "Revisions" });
  await expect(revisions.getByRole("row", { name: /Autosaved \(2 saves\)/ })).toBeVisible();
});

test("with the connection gone the edits stay on this device, come back after a reload, and save", async ({
  api,
  editorPage: page,
}) => {
  const place = await openNewPlace(api, page, "Offline place");
  // The save never reaches the server, as when the network is down.
  await page.route("**/api/trpc/*place.admin.update*", (route) =>
    route.abort("internetdisconnected"),
  );
  await page.getByLabel("Region").fill("Kept while offline");
  const state = page.getByTestId("save-state");
  await expect(state).toHaveText(/^Offline: your edits are kept on this device/, AUTOSAVE);
  expect((await placeForEdit(api, place.id)).version).toBe(place.version);

  // The page reloads (the reload prompt is accepted), the edits come back with a word about them.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText(/Restored edits kept on this device/)).toBeVisible();
  await expect(page.getByLabel("Region")).toHaveValue("Kept while offline");

  // Back online, Ctrl+S saves them.
  await page.unroute("**/api/trpc/*place.admin.update*");
  await page.getByLabel("Region").press("Control+s");
  await expect(page.getByText(`Saved: version ${place.version + 1}.`)).toBeVisible();
  expect((await placeForEdit(api, place.id)).form.region).toBe("Kept while offline");

  // Nothing is left on the device to restore again.
  await page.reload();
  await expect(page.getByLabel("Region")).toHaveValue("Kept while offline");
  await expect(page.getByTestId("save-state")).toHaveText("All edits saved");
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("kz-admin:unsaved:")),
    ),
  ).toEqual([]);
});

test("a person chosen with the keyboard is in the event at once, and leaving saves them", async ({
  api,
  editorPage: page,
}) => {
  const { name, event, search } = await eventWithPersonToPick(api, page, "Keyboard");
  await search.fill(name);
  const choose = page.getByRole("button", { name: `Choose ${name}` });
  await expect(choose).toBeVisible();
  await search.press("ArrowDown");
  await expect(choose).toBeFocused();
  await choose.press("Enter");
  // Added, with the focus in their role: never a choice waiting for a confirmation to be lost.
  const role = page.getByLabel(`Role of ${name}`);
  await expect(role).toBeFocused();
  await role.fill("detained");
  await role.press("Enter");
  await expect(search).toBeFocused();

  await sidebarLink(page, "Sources").click();
  await page
    .getByRole("dialog", { name: "Leave without saving?" })
    .getByRole("button", { name: "Save and leave" })
    .click();
  await expect(page).toHaveURL(/\/sources$/);
  expect((await eventForEdit(api, event.id)).form.actors).toEqual([
    expect.objectContaining({ role: "detained" }),
  ]);
});

test("Ctrl+S saves, the save bar tells the time of that save, and a saved form leaves without asking", async ({
  api,
  editorPage: page,
}) => {
  const place = await openNewPlace(api, page, "Ctrl-S place");
  await page.getByLabel("Region").fill("Atyrau");
  await page.getByLabel("Region").press("Control+s");
  await expect(page.getByText(`Saved: version ${place.version + 1}.`)).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText(/^Saved at \d{4}-\d{2}-\d{2} /);
  expect((await placeForEdit(api, place.id)).form.region).toBe("Atyrau");

  await sidebarLink(page, "Sources").click();
  await expect(page).toHaveURL(/\/sources$/);
});

test("publishing asks first, and for a published record shows what will change", async ({
  api,
  editorPage: page,
}) => {
  const draft = await draftPlace(api, unique("Published place"));
  const place = await call<{ id: string; version: number }>(api, "place.admin.publish", {
    id: draft.id,
    expectedVersion: draft.version,
  });
  await page.goto(`/places/${place.id}`);
  await page.getByLabel("Region").fill("Zhetysu");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(
    page.getByRole("region", { name: "Workflow" }).getByText("Pending changes", { exact: true }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Publish changes" }).click();
  const confirm = page.getByRole("dialog", { name: "Publish changes?" });
  await expect(confirm.getByRole("row", { name: /^Region/ })).toContainText("Zhetysu");
  // Nothing is published until the editor confirms.
  expect((await placeForEdit(api, place.id)).hasPendingChanges).toBe(true);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole("button", { name: "Publish changes" }).click();
  await confirm.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByText("Changes published: the public site shows them now.")).toBeVisible();
  const published = await placeForEdit(api, place.id);
  expect(published.hasPendingChanges).toBe(false);
  expect(published.form.region).toBe("Zhetysu");
});
