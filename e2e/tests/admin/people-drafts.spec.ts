// People and places have drafts: one created in the admin reaches no public surface — its page, the
// list, search, the sitemap, the changes feed — until an editor publishes it.
import type { APIRequestContext } from "@playwright/test";

import { WEB_URL } from "../../ports";
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import {
  call,
  draftEvent,
  eventForEdit,
  publishedSource,
  draftPerson,
  unique,
} from "../fixtures/content";
import { publishFromBar, submitForReview } from "../fixtures/workflow";

interface FeedPage {
  items: { id: string; change: string }[];
  nextCursor: string;
  hasMore: boolean;
}

/** Every change the public feed announces for actors, read page by page. */
async function actorChanges(request: APIRequestContext) {
  const items: FeedPage["items"] = [];
  let cursor = "0";
  for (;;) {
    const input = encodeURIComponent(
      JSON.stringify({ json: { cursor, limit: 1000, types: ["actor"] } }),
    );
    const response = await request.get(`${WEB_URL}/api/trpc/changes.since?input=${input}`);
    expect(response.status()).toBe(200);
    const page = ((await response.json()) as { result: { data: { json: FeedPage } } }).result.data
      .json;
    items.push(...page.items);
    if (!page.hasMore) return items;
    cursor = page.nextCursor;
  }
}

/**
 * Where the public can see the person, each surface read fresh: a link to their page (the list and
 * search pages repeat the query itself, so the name alone proves nothing).
 */
async function publicSurfaces(request: APIRequestContext, id: string, slug: string, name: string) {
  const text = async (path: string) => (await request.get(`${WEB_URL}${path}`)).text();
  const q = encodeURIComponent(name);
  const linksToPage = (html: string) => html.includes(`/actors/${slug}"`);
  return {
    page: (await request.get(`${WEB_URL}/actors/${slug}`)).status(),
    list: linksToPage(await text(`/actors?q=${q}`)),
    search: linksToPage(await text(`/search?q=${q}`)),
    sitemap: (await text("/sitemap.xml")).includes(`/actors/${slug}<`),
    feed: (await actorChanges(request)).filter((c) => c.id === id).map((c) => c.change),
  };
}

test("a person created in the admin is on no public surface until an editor publishes them", async ({
  api,
  browser,
  request,
}) => {
  // Two sessions and every public surface, read twice: three times the default budget.
  test.slow();
  const name = unique("Witness Aliya");
  const contributor = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  const page = contributor.page;
  await page.goto("/actors/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kind").selectOption({ label: "Person" });
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/actors\/[^/]+\?created=1$/);
  await expect(page.getByText("created as a draft")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const slug = await page.getByLabel("Slug").inputValue();

  // A contributor may submit the draft, not publish it.
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  // Whom to ask: any editor.
  await submitForReview(page);

  expect(await publicSurfaces(request, id, slug, name)).toEqual({
    page: 404,
    list: false,
    search: false,
    sitemap: false,
    feed: [],
  });

  const editor = await newSession(browser, await createUser(api, "EDITOR"));
  await editor.page.goto(`/actors/${id}`);
  await publishFromBar(editor.page);
  await expect(editor.page.getByText("Published: the public site shows it now.")).toBeVisible();

  // How fast is npm run bench's figure, not a timed assertion a busy machine would fail.
  await expect
    .poll(() => publicSurfaces(request, id, slug, name), { intervals: [250] })
    .toEqual({ page: 200, list: true, search: true, sitemap: true, feed: ["published"] });
});

test("publishing an event that names an unpublished person offers to publish them together", async ({
  api,
  editorPage: page,
  request,
}) => {
  test.slow(); // a session, a refusal, a dialog and the public page read until it shows
  const name = unique("Witness Dana");
  const person = await draftPerson(api, name);
  const source = await publishedSource(api, unique("Together source"));
  const event = await draftEvent(api, {
    title: unique("Together event"),
    sourceId: source.id,
    actorIds: [person.id],
  });
  await page.goto(`/events/${event.id}`);
  // The form marks the person nobody has published.
  await expect(
    page.getByRole("list", { name: "Actors in this event" }).getByText("Draft", { exact: true }),
  ).toBeVisible();
  await publishFromBar(page);
  const dialog = page.getByRole("dialog", { name: "Publish them together?" });
  await expect(dialog.getByRole("listitem")).toHaveText([`“${name}” (actor)`]);
  // Cancelling publishes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect((await eventForEdit(api, event.id)).status).toBe("DRAFT");

  await publishFromBar(page);
  await dialog.getByRole("button", { name: "Publish all" }).click();
  await expect(page.getByText("Published, together with the records it links to")).toBeVisible();
  expect((await eventForEdit(api, event.id)).status).toBe("PUBLISHED");
  const slug = (
    await call<{ form: { slug: string } }>(
      api,
      "actor.admin.getForEdit",
      { id: person.id },
      "query",
    )
  ).form.slug;
  await expect
    .poll(async () => (await request.get(`${WEB_URL}/actors/${slug}`)).status(), {
      intervals: [250],
    })
    .toBe(200);
});
