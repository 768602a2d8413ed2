// A record's public history: its published versions, dated, with the editors' change notes; never
// the text of a draft, never an editor's name. And attributions in footnotes, and a topic's feed.
import { expect, test } from "../fixtures/admin-api";
import {
  call,
  eventForEdit,
  publicEventUrl,
  publishedEvent,
  publishedSource,
  unique,
} from "../fixtures/content";
import { E2E_ADMIN } from "../fixtures/admin";

test("a record's public history lists its published versions and change notes, and no draft text", async ({
  api,
  page,
}) => {
  const source = await publishedSource(api, unique("History source"));
  const { id } = await publishedEvent(api, { title: unique("History event"), sourceId: source.id });
  const published = await eventForEdit(api, id);
  const note = unique("Corrected the number of people detained");
  await call(api, "event.admin.update", {
    ...published.form,
    id,
    expectedVersion: published.version,
    summary: "A corrected summary.",
    changeNote: note,
  });
  const corrected = await eventForEdit(api, id);
  await call(api, "event.admin.publish", { id, expectedVersion: corrected.version });
  const draftText = unique("Unpublished draft wording");
  const current = await eventForEdit(api, id);
  await call(api, "event.admin.update", {
    ...current.form,
    id,
    expectedVersion: current.version,
    body: draftText,
    changeNote: `Draft: ${draftText}`,
  });

  await page.goto(publicEventUrl(published.form.slug));
  await page.getByRole("link", { name: /History of this page/ }).click();
  await expect(page).toHaveURL(new RegExp(`/history/events/${published.form.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(published.form.title);

  const versions = page.getByRole("list", { name: "Published versions" }).getByRole("listitem");
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText("Updated");
  await expect(versions.first()).toContainText(note);
  await expect(versions.last()).toContainText("First published");
  const text = await page.locator("main").innerText();
  expect(text).not.toContain(draftText);
  expect(text).not.toContain(E2E_ADMIN.email);
});

test("a record the public cannot see has no history page", async ({ request }) => {
  const response = await request.get(`/history/events/${unique("no-such-event").toLowerCase()}`);
  expect(response.status()).toBe(404);
  expect((await request.get("/history/ratings/freedom-in-the-world")).status()).toBe(404);
});

test("a footnote names whose words it reports: according to eyewitnesses, reported in the document", async ({
  page,
}) => {
  await page.goto("/events/2011-zhanaozen-oil-worker-strikes");
  const note = page.getByRole("listitem").filter({ hasText: "According to eyewitnesses" });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText(
    /According to eyewitnesses, reported in Human rights in Kazakhstan/i,
  );
  // The locator names a place in the document only.
  await expect(note).toContainText("Protests › 2011 Zhanaozen oil worker strikes");
  await expect(note).not.toContainText("(eyewitnesses)");
});

test("a topic has a feed of its own; an unknown topic's is not found", async ({ request }) => {
  const response = await request.get("/feed.xml?topic=protests");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain("/feed.xml?topic=protests");
  for (const [, link] of xml.matchAll(/<entry>[\s\S]*?<link[^>]*href="([^"]+)"/g))
    expect(link).toMatch(/\/(events|cases)\//);
  expect((await request.get("/feed.xml?topic=no-such-topic")).status()).toBe(404);
});
