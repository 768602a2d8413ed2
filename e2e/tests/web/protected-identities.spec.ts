// A protected person (issue 14) is public only under a pseudonym: every page type that can show
// them, in every language, the downloads, the Atom feed, the sitemap, the changes feed and a
// preview link are read over HTTP from the built site, and none holds their name, another of
// their names, a word of those, their description or the slug made from their name. The API's
// side of the same scan is packages/api/src/security/protected-identities.int.test.ts.
import type { APIRequestContext } from "@playwright/test";

import { WEB_URL } from "../../ports";
import { expect, test } from "../fixtures/admin-api";
import {
  call,
  draftEvent,
  previewLink,
  publishedEvent,
  publishedSource,
  slugOf,
  unique,
} from "../fixtures/content";

interface Person {
  id: string;
  name: string;
  otherNames: string[];
  description: string;
  realSlug: string;
  pseudonym: string;
  publicSlug: string;
}

interface ActorForEdit {
  version: number;
  form: { slug: string; pseudonym: string | null; isProtected: boolean };
}

/** A person with names no other record has, published as protected through the admin's API. */
async function protectedPerson(api: APIRequestContext): Promise<Person> {
  // Letters only (digits spelt as letters), so that each name's words are plain words.
  const tag = unique("")
    .trim()
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!);
  const name = `Qairzhan${tag} Toktybekov${tag}`;
  const otherNames = [`Қайржан${tag}`, `Kairzhan${tag} Toktybekuly${tag}`];
  const description = `Testimony ${tag} about the remand centre`;
  const created = await call<{ id: string; version: number }>(api, "actor.admin.create", {
    name,
    slug: "",
    kind: "person",
    otherNames,
    description,
    isProtected: true,
  });
  await call(api, "actor.admin.publish", { id: created.id, expectedVersion: created.version });
  const { form } = await call<ActorForEdit>(
    api,
    "actor.admin.getForEdit",
    { id: created.id },
    "query",
  );
  expect(form.isProtected).toBe(true);
  const pseudonym = form.pseudonym!;
  return {
    id: created.id,
    name,
    otherNames,
    description,
    realSlug: form.slug,
    pseudonym,
    publicSlug: `withheld-${slugOf(pseudonym)}`,
  };
}

/** What must not be in anything the public reads. */
function forbidden(person: Person): string[] {
  const names = [person.name, ...person.otherNames];
  return [
    ...names,
    ...names.flatMap((n) => n.split(/\s+/)),
    person.description,
    person.realSlug,
  ].map((t) => t.toLowerCase());
}

/** The forbidden terms found in `text`, but those the reader typed into the address themselves. */
function leaks(text: string, person: Person, typed = ""): string[] {
  const lower = text.toLowerCase();
  return forbidden(person).filter(
    (term) => lower.includes(term) && !typed.toLowerCase().includes(term),
  );
}

/** Every change the public feed announces for this record, read page by page. */
async function feedOf(request: APIRequestContext, id: string) {
  const items: { id: string; slug: string; change: string }[] = [];
  const texts: string[] = [];
  let cursor = "0";
  for (;;) {
    const input = encodeURIComponent(JSON.stringify({ json: { cursor, limit: 1000 } }));
    const response = await request.get(`${WEB_URL}/api/trpc/changes.since?input=${input}`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    texts.push(text);
    const page = (
      JSON.parse(text) as {
        result: {
          data: {
            json: {
              items: { id: string; slug: string; change: string }[];
              nextCursor: string;
              hasMore: boolean;
            };
          };
        };
      }
    ).result.data.json;
    items.push(...page.items.filter((c) => c.id === id));
    if (!page.hasMore) return { items, text: texts.join("\n") };
    cursor = page.nextCursor;
  }
}

test("a protected person is public only under their pseudonym, everywhere", async ({
  api,
  request,
  playwright,
}) => {
  // Some twenty pages and downloads, each read until it shows what was published: 3× the budget.
  test.slow();
  const person = await protectedPerson(api);
  const source = await publishedSource(api, unique("Protected source"));
  const title = unique("Hearing on the remand centre");
  const event = await publishedEvent(api, {
    title,
    sourceId: source.id,
    actorIds: [person.id],
  });
  const { form: eventForm } = await call<{ form: { slug: string } }>(
    api,
    "event.admin.getForEdit",
    { id: event.id },
    "query",
  );
  const eventSlug = eventForm.slug;
  const get = async (path: string) => {
    const response = await request.get(`${WEB_URL}${path}`);
    return { status: response.status(), text: await response.text() };
  };

  // Published: the withheld address answers (revalidation is quick, not instant).
  await expect
    .poll(async () => (await get(`/actors/${person.publicSlug}`)).status, { intervals: [250] })
    .toBe(200);
  await expect
    .poll(async () => (await get(`/events/${eventSlug}`)).text.includes(person.pseudonym), {
      intervals: [250],
    })
    .toBe(true);

  // The person's own page, in every language: pseudonym, "name withheld", nothing else of theirs.
  for (const [prefix, withheld] of [
    ["", "name withheld"],
    ["/ru", "имя скрыто"],
    ["/kk", "аты жасырылған"],
  ] as const) {
    const page = await get(`${prefix}/actors/${person.publicSlug}`);
    expect(page.status, `${prefix}/actors/${person.publicSlug}`).toBe(200);
    expect(page.text).toContain(person.pseudonym);
    expect(page.text).toContain(withheld);
    expect(leaks(page.text, person), `${prefix}/actors/${person.publicSlug}`).toEqual([]);
  }
  // The address made from the name is no page at all.
  expect((await get(`/actors/${person.realSlug}`)).status).toBe(404);

  // Pages that show the person by pseudonym.
  const q = encodeURIComponent(person.pseudonym);
  for (const path of [
    `/events/${eventSlug}`,
    `/ru/events/${eventSlug}`,
    `/kk/events/${eventSlug}`,
    `/actors?q=${q}`,
    `/search?q=${q}`,
  ]) {
    const page = await get(path);
    expect(page.status, path).toBe(200);
    expect(page.text, path).toContain(`/actors/${person.publicSlug}`);
    expect(leaks(page.text, person), path).toEqual([]);
  }
  // Their events, filtered by the withheld address.
  const filtered = await get(`/events?actor=${person.publicSlug}`);
  expect(filtered.text).toContain(`/events/${eventSlug}`);
  expect(leaks(filtered.text, person)).toEqual([]);

  // Searching by any of their names, or the start of one, finds nobody; the page repeats only
  // what was typed.
  const words = [person.name, ...person.otherNames].flatMap((n) => n.split(" "));
  for (const typed of [person.name, ...words, words[0]!.slice(0, 12)]) {
    for (const path of [
      `/search?q=${encodeURIComponent(typed)}`,
      `/actors?q=${encodeURIComponent(typed)}`,
    ]) {
      const page = await get(path);
      expect(page.text, path).not.toContain(`/actors/${person.publicSlug}`);
      expect(leaks(page.text, person, typed), path).toEqual([]);
    }
  }
  // Nor does filtering events by the slug made from the name.
  expect((await get(`/events?actor=${person.realSlug}`)).text).not.toContain(
    `/events/${eventSlug}`,
  );

  // The downloads, the Atom feed, the sitemap and the pages that list recent events.
  await expect
    .poll(async () => (await get("/data/events.json")).text.includes(title), { intervals: [500] })
    .toBe(true);
  for (const path of [
    "/data/events.csv",
    "/data/events.json",
    "/data/sources.csv",
    "/data/ratings.csv",
    "/data/ratings.json",
    "/feed.xml",
    "/sitemap.xml",
    "/",
    "/events",
    "/actors",
    "/data",
  ]) {
    const page = await get(path);
    expect(page.status, path).toBe(200);
    expect(leaks(page.text, person), path).toEqual([]);
  }
  const sitemap = (await get("/sitemap.xml")).text;
  expect(sitemap).toContain(`${WEB_URL}/actors/${person.publicSlug}<`);
  expect(sitemap).toContain(`${WEB_URL}/events/${eventSlug}<`);

  // The changes feed names them by the withheld slug only.
  const feed = await feedOf(request, person.id);
  expect(feed.items.map((c) => [c.change, c.slug])).toEqual([["published", person.publicSlug]]);
  expect(leaks(feed.text, person)).toEqual([]);

  // A preview link to a draft that names them shows them as the published page will.
  const draft = await draftEvent(api, {
    title: unique("Draft hearing"),
    sourceId: source.id,
    actorIds: [person.id],
  });
  const reader = await playwright.request.newContext();
  try {
    const preview = await reader.get(await previewLink(api, draft.id));
    expect(preview.status()).toBe(200);
    const text = await preview.text();
    expect(text).toContain(person.pseudonym);
    expect(leaks(text, person)).toEqual([]);
  } finally {
    await reader.dispose();
  }
});
