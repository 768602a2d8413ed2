import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../fixtures/admin-api";
import {
  call,
  eventForEdit,
  publicEventUrl,
  publishedEvent,
  publishedSource,
  unique,
} from "../fixtures/content";
import { WEB_URL } from "../../ports";

/** The feed at `path`, served as Atom. */
async function atomFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  return response.text();
}

/** Each entry's link and updated time, in feed order. */
async function feedEntries(xml: string) {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    link: /<link[^>]*href="([^"]+)"/.exec(entry!)?.[1],
    updated: Date.parse(/<updated>([^<]+)<\/updated>/.exec(entry!)?.[1] ?? ""),
  }));
}

test("feed.xml is a well-formed Atom feed of the latest events", async ({ page, request }) => {
  const xml = await atomFeed(request, "/feed.xml");
  await page.goto("about:blank");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.namespaceURI + " " + doc.documentElement.localName,
      self: doc.querySelector('link[rel="self"]')?.getAttribute("href"),
      entries: entries.map((e) => ({
        title: e.getElementsByTagNameNS(ns, "title")[0]?.textContent,
        link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href"),
        updated: e.getElementsByTagNameNS(ns, "updated")[0]?.textContent,
      })),
    };
  }, xml);
  expect(feed.error).toBe(false);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.self).toBe(`${WEB_URL}/feed.xml`);
  expect(feed.entries).toHaveLength(20);
  for (const entry of feed.entries) {
    expect(entry.title).toBeTruthy();
    expect(entry.link).toMatch(new RegExp(`^${WEB_URL}/(events|cases)/`));
    expect(Number.isNaN(Date.parse(entry.updated ?? ""))).toBe(false);
  }
});

test("sitemap.xml lists every language of every page, events included", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain(`<loc>${WEB_URL}/events/2011-zhanaozen-oil-worker-strikes</loc>`);
  expect(xml).toContain(`<loc>${WEB_URL}/ru/events/2011-zhanaozen-oil-worker-strikes</loc>`);
  expect(xml).toContain(
    `hreflang="kk" href="${WEB_URL}/kk/events/2011-zhanaozen-oil-worker-strikes"`,
  );
  for (const path of [
    "/ratings/freedom-in-the-world",
    "/topics/protests",
    "/places/zhanaozen",
    "/cases/vladimir-kozlov-detention",
  ])
    expect(xml).toContain(`<loc>${WEB_URL}${path}</loc>`);
});

test("an event dated 2015 is in feed.xml once published, the feed ordered by publication", async ({
  api,
  request,
}) => {
  const source = await publishedSource(api, unique("Feed source"));
  const { id } = await publishedEvent(api, {
    title: unique("Published late"),
    sourceId: source.id,
    startDate: "2015-03-01",
  });
  const url = publicEventUrl((await eventForEdit(api, id)).form.slug);
  // How fast is npm run bench's figure, not a timed assertion.
  await expect
    .poll(
      async () =>
        (await feedEntries(await (await request.get("/feed.xml")).text())).map((e) => e.link),
      {
        intervals: [250],
      },
    )
    .toContain(url);
  const entries = await feedEntries(await (await request.get("/feed.xml")).text());
  const updated = entries.map((e) => e.updated);
  expect(updated).toEqual([...updated].sort((a, b) => b - a));
});

test("a published case is in feed.xml, marked as a case with its last known status", async ({
  api,
  request,
}) => {
  const source = await publishedSource(api, unique("Feed case source"));
  const person = await call<{ id: string; version: number }>(api, "actor.admin.create", {
    name: unique("Feed case person"),
    slug: "",
    kind: "person",
    otherNames: [],
    description: "",
  });
  await call(api, "actor.admin.publish", { id: person.id, expectedVersion: person.version });
  const title = unique("Feed case");
  const created = await call<{ id: string; version: number }>(api, "case.admin.create", {
    title,
    slug: "",
    kind: "detention",
    summary: "",
    actorIds: [person.id],
    unnamedCount: 0,
    charges: "",
    articles: [],
    authority: "",
    detentionPlace: "",
    entries: [
      {
        date: "2021-04-02",
        datePrecision: "day",
        status: "detained",
        term: "",
        note: "",
        citations: [{ sourceId: source.id, locator: "p. 1", quote: "" }],
      },
    ],
    findings: [],
    eventIds: [],
    topicIds: [],
  });
  await call(api, "case.admin.publish", { id: created.id, expectedVersion: created.version });
  const entryOf = (xml: string) =>
    [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)]
      .map(([, entry]) => entry!)
      .find((entry) => entry.includes(`<title>${title}</title>`));
  await expect
    .poll(async () => entryOf(await (await request.get("/feed.xml")).text()) ?? "", {
      intervals: [250],
    })
    .toContain('term="case"');
  const entry = entryOf(await (await request.get("/feed.xml")).text());
  expect(entry).toContain('term="status-detained"');
  expect(entry).toMatch(new RegExp(`href="${WEB_URL}/cases/`));
});

test("robots.txt points to the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain(`Sitemap: ${WEB_URL}/sitemap.xml`);
  expect(text).toContain("Disallow: /api/trpc/");
});

test("/ru/feed.xml is the feed in Russian: its words, links to the Russian pages; other languages have none", async ({
  page,
  request,
}) => {
  const xml = await atomFeed(request, "/ru/feed.xml");
  await page.goto("about:blank");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const root = doc.documentElement;
    const links = [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")].map((e) =>
      e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")[0]?.getAttribute("href"),
    );
    return {
      parsed: root.localName === "feed" && !doc.querySelector("parsererror"),
      lang: root.getAttribute("xml:lang"),
      links,
    };
  }, xml);
  expect(feed.parsed).toBe(true);
  expect(feed.lang).toBe("ru");
  expect(feed.links.length).toBeGreaterThan(0);
  for (const link of feed.links) expect(new URL(link!).pathname).toMatch(/^\/ru\//);
  await page.goto("/ru");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    "/ru/feed.xml",
  );
  expect((await request.get("/de/feed.xml")).status()).toBe(404);
});
