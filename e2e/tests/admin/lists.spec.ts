import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, draftEvent, eventForEdit, publishedSource, unique } from "../fixtures/content";
import { expectNoWcagViolations } from "../fixtures/wcag";

test("filters live in the URL, and bulk publishing reports each record", async ({
  api,
  editorPage: page,
}) => {
  const tag = unique("Bulk");
  const source = await publishedSource(api, unique("Bulk source"));
  await draftEvent(api, { title: `${tag} cited`, sourceId: source.id });
  await draftEvent(api, { title: `${tag} uncited` });

  await page.goto("/events");
  await page.getByRole("searchbox", { name: "Search" }).fill(tag);
  await page.getByLabel("Status").selectOption("DRAFT");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=Bulk\+/);
  await expect(page).toHaveURL(/status=DRAFT/);
  const table = page.getByRole("table", { name: "Events" });
  await expect(table.getByRole("row")).toHaveCount(3);

  await page.getByRole("checkbox", { name: "Select all events on this page" }).check();
  await page.getByRole("button", { name: "Publish selected", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish 2" }).click();
  const result = page.getByRole("status").filter({ hasText: "1 published, 1 refused" });
  await expect(result).toBeVisible();
  await expect(result).toContainText(`${tag} cited: Published`);
  await expect(result).toContainText(
    `${tag} uncited: refused — An event cannot be published without at least one citation`,
  );
  // The list is re-read: only the refused draft is still a draft.
  await expect(table.getByRole("row")).toHaveCount(2);
});

test("an event moved to the trash is listed there and can be restored", async ({
  api,
  browser,
}) => {
  const title = unique("Trashed event");
  const event = await draftEvent(api, { title });
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto(`/events/${event.id}`);
  await page.getByRole("button", { name: "Move to trash" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Move to trash" }).click();
  await expect(page.getByText("Moved to the trash.")).toBeVisible();
  await expect(page.getByText("This event is in the trash: restore it to edit it.")).toBeVisible();

  await page.goto("/trash?kind=event");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  // Editors restore; only admins purge.
  await expect(page.getByRole("button", { name: `Delete for good ${title}` })).toHaveCount(0);
  await page.getByRole("button", { name: `Restore ${title}` }).click();
  await expect(page.getByText(`“${title}” is restored`)).toBeVisible();
  expect((await eventForEdit(api, event.id)).status).toBe("DRAFT");
  await context.close();
});

// One axe scan per test: a scan of a full admin page takes seconds on a busy machine.
for (const path of ["/events", "/events/new", "/cases/new"]) {
  test(`${path} passes the WCAG checks`, async ({ api, browser }) => {
    const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoWcagViolations(page);
    await context.close();
  });
}

// The admin's collection pages are one set of routes driven by the registry: each collection in
// the navigation gets a list, a form for a new record, each record's page and its history.
test("every collection in the navigation has a list, a new form, record pages and a history", async ({
  editorPage: page,
}) => {
  test.slow(); // four pages for each collection
  await page.goto("/");
  const content = page.getByRole("list", { name: "Content" }).getByRole("link");
  const links = await content.evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href")!, label: a.textContent!.trim() })),
  );
  // The trash and the translations are kept across collections, not collections themselves.
  const collections = links.filter((l) => l.href !== "/trash" && l.href !== "/translations");
  expect(collections.map((c) => c.label)).toEqual([
    "Events",
    "Cases",
    "Sources",
    "Ratings",
    "Topics",
    "Actors",
    "Places",
  ]);
  const heading = page.getByRole("main").getByRole("heading", { level: 1 });
  for (const { href, label } of collections) {
    await page.goto(href);
    await expect(heading).toHaveText(label);
    await expect(page.getByRole("search", { name: `Filter ${label.toLowerCase()}` })).toBeVisible();
    const first = page.locator("table tbody a").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(heading).toContainText(title);
    await page.goto(`${page.url()}/history`);
    await expect(heading).toContainText("History");
    await page.goto(href);
    await page.getByRole("link", { name: /^New / }).click();
    await expect(heading).toHaveText(/^New /);
    await expect(page.getByRole("button", { name: /Save|Create/ }).first()).toBeVisible();
  }
  const response = await page.goto("/no-such-collection");
  expect(response?.status()).toBe(404);
});

test("the dashboard lists a record submitted for review, by name, with a link to it", async ({
  api,
  editorPage: page,
}) => {
  const title = unique("Waiting event");
  const draft = await draftEvent(api, { title });
  await call(api, "event.admin.submit", { id: draft.id, expectedVersion: draft.version });
  await page.goto("/");
  for (const queue of ["Scheduled", "Published, with unpublished changes", "Recent activity"])
    await expect(page.getByRole("region", { name: queue })).toBeVisible();
  const waiting = page.getByRole("region", { name: "Waiting for review" });
  await waiting.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${draft.id}$`));
});
