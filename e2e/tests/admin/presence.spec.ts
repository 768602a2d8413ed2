// Presence and soft locking on edit pages (issue 19): a second editor sees who is editing, may
// take over, and the first editor's page notices within one heartbeat and keeps their text.
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { draftPlace, unique } from "../fixtures/content";

/** The admin heartbeats every 10 s: a change is seen within one beat. */
const ONE_BEAT = { timeout: 20_000 };

test("a second editor sees who is editing, takes over, and the first sees it lost the lock", async ({
  api,
  browser,
}) => {
  // Two sessions waiting on heartbeats: three times the default budget.
  test.slow();
  const place = await draftPlace(api, unique("Presence place"));
  const [aigerim, daniyar] = await Promise.all([
    createUser(api, "EDITOR"),
    createUser(api, "EDITOR"),
  ]);
  const first = await newSession(browser, aigerim);
  const second = await newSession(browser, daniyar);

  await first.page.goto(`/places/${place.id}`);
  const firstRegion = first.page.getByLabel("Region");
  await expect(firstRegion).toBeEnabled();
  await firstRegion.fill("Typed by the first editor");

  await second.page.goto(`/places/${place.id}`);
  const notice = second.page.getByTestId("presence");
  await expect(notice).toContainText(`Being edited by ${aigerim.name} since `);
  await expect(second.page.getByLabel("Region")).toBeDisabled();
  await expect(second.page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  // The holder sees who else has the page open.
  await expect(first.page.getByTestId("presence")).toContainText(
    `Also open (read-only) for ${daniyar.name}.`,
    ONE_BEAT,
  );

  await notice.getByRole("button", { name: "Take over" }).click();
  await expect(second.page.getByLabel("Region")).toBeEnabled();
  await expect(notice.getByRole("button", { name: "Take over" })).toHaveCount(0);

  // The first editor's page learns it within one heartbeat; their text stays in the page.
  const lost = first.page.getByTestId("presence");
  await expect(lost).toContainText(`${daniyar.name} took over editing`, ONE_BEAT);
  await expect(firstRegion).toBeDisabled();
  await expect(firstRegion).toHaveValue("Typed by the first editor");
  await expect(first.page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);

  // And may take it back: then the second editor's form is the read-only one.
  await lost.getByRole("button", { name: "Take over" }).click();
  await expect(firstRegion).toBeEnabled();
  await expect(second.page.getByTestId("presence")).toContainText(
    `${aigerim.name} took over editing`,
    ONE_BEAT,
  );
  await expect(second.page.getByLabel("Region")).toBeDisabled();

  await first.context.close();
  await second.context.close();
});

test("leaving the page frees the lock for whoever is waiting", async ({ api, browser }) => {
  test.slow();
  const place = await draftPlace(api, unique("Freed place"));
  const holder = await createUser(api, "EDITOR");
  const first = await newSession(browser, holder);
  const second = await newSession(browser, await createUser(api, "CONTRIBUTOR"));

  await first.page.goto(`/places/${place.id}`);
  await expect(first.page.getByLabel("Region")).toBeEnabled();
  await second.page.goto(`/places/${place.id}`);
  await expect(second.page.getByTestId("presence")).toContainText(`Being edited by ${holder.name}`);

  await first.page
    .getByRole("navigation", { name: "Admin sections" })
    .getByRole("link", { name: "Sources" })
    .click();
  await expect(first.page).toHaveURL(/\/sources$/);

  await expect(second.page.getByLabel("Region")).toBeEnabled(ONE_BEAT);
  await expect(second.page.getByTestId("presence")).not.toContainText("Being edited by");

  await first.context.close();
  await second.context.close();
});

test("a viewer, who cannot edit, is not counted as editing and gets no take over", async ({
  api,
  browser,
}) => {
  const place = await draftPlace(api, unique("Viewed place"));
  const viewer = await newSession(browser, await createUser(api, "VIEWER"));
  await viewer.page.goto(`/places/${place.id}`);
  await expect(
    viewer.page.getByText("Your role can read this place but not change it."),
  ).toBeVisible();
  await expect(viewer.page.getByTestId("presence")).toHaveCount(0);
  await viewer.context.close();
});
