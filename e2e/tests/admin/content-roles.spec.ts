import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, draftEvent, publishedSource, unique } from "../fixtures/content";

test("a contributor cannot publish: no button, and the API refuses", async ({ api, browser }) => {
  const source = await publishedSource(api, unique("Decree"));
  const event = await draftEvent(api, { title: unique("Rally banned"), sourceId: source.id });
  await call(api, "event.admin.submit", { id: event.id, expectedVersion: event.version });
  const { page, context } = await newSession(browser, await createUser(api, "CONTRIBUTOR"));

  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole("region", { name: "Workflow" }).getByText("In review")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Publish/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Schedule/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Move to trash" })).toHaveCount(0);

  const response = await page.request.post("/api/trpc/event.admin.publish", {
    data: { json: { id: event.id, expectedVersion: 2 } },
  });
  expect(response.status()).toBe(403);
  const body = (await response.json()) as { error: { json: { data: { code: string } } } };
  expect(body.error.json.data.code).toBe("FORBIDDEN");
  await context.close();
});

test("a viewer reads a record but gets no form to change it", async ({ api, browser }) => {
  const event = await draftEvent(api, { title: unique("Viewer's view") });
  const { page, context } = await newSession(browser, await createUser(api, "VIEWER"));
  await page.goto(`/events/${event.id}`);
  await expect(page.getByText("Your role can read this event but not change it.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await page.goto("/events");
  await expect(page.getByRole("link", { name: "New event" })).toHaveCount(0);
  await context.close();
});
