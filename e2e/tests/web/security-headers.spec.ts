// Issue 7, item 4 on the public site: every page type, route handler, metadata file, static file,
// redirect and 404 carries the security headers; pages run only scripts with their response's nonce,
// and a normal page load triggers no policy violation.
import type { APIRequestContext } from "@playwright/test";

import { ADMIN_URL, WEB_URL } from "../../ports";
import { expect, test } from "../fixtures/admin-api";
import { draftEvent, previewLink, unique } from "../fixtures/content";
import {
  expectBuildFilesHeaders,
  expectNoncedScripts,
  expectSecuredResponses,
  expectSecurityHeaders,
  expectStrictPage,
  watchPolicyViolations,
} from "../fixtures/security";

/** Sections and views that are not records. */
const PAGES = [
  { type: "home", path: "/" },
  { type: "events list", path: "/events" },
  { type: "ratings overview", path: "/ratings" },
  { type: "topics list", path: "/topics" },
  { type: "places list", path: "/places" },
  { type: "sources list", path: "/sources" },
  { type: "actors list", path: "/actors" },
  { type: "open data", path: "/data" },
  { type: "API documentation", path: "/api" },
  { type: "search results", path: "/search?q=court" },
  { type: "a page in Russian", path: "/ru/events" },
  { type: "a page in Kazakh", path: "/kk/topics" },
];

/** Record pages: the first of each kind the sitemap lists. */
const RECORDS = ["events", "ratings", "topics", "places", "sources", "actors"];

const NOT_FOUND = [
  { type: "404 page", path: "/no-such-page" },
  { type: "404 for a missing record", path: "/events/no-such-event" },
  { type: "404 for a path with a dot", path: "/no-such-file.txt" },
  { type: "404 under /api/", path: "/api/no-such-endpoint" },
];

let sitemap: Promise<string[]> | undefined;
async function firstRecordPath(request: APIRequestContext, kind: string): Promise<string> {
  sitemap ??= request
    .get("/sitemap.xml")
    .then((r) => r.text())
    .then((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const path = (await sitemap).find((p) => new RegExp(`^/${kind}/[^/]+$`).test(p));
  if (!path) throw new Error(`The sitemap lists no /${kind}/… page`);
  return path;
}

const pageCases = [
  ...PAGES.map((p) => ({ ...p, status: 200 })),
  ...RECORDS.map((kind) => ({ type: `${kind} record page`, path: kind, status: 200 })),
  ...NOT_FOUND.map((p) => ({ ...p, status: 404 })),
];

for (const { type, path, status } of pageCases) {
  test(`the ${type} is served with a strict nonce policy that it keeps to`, async ({
    page,
    request,
  }) => {
    const url = path.startsWith("/") ? path : await firstRecordPath(request, path);
    await expectStrictPage(page, url, status);
  });
}

test("route handlers, metadata files, redirects and static files carry the headers", async ({
  request,
  page,
}) => {
  const responses = {
    "GET /api/trpc (a query)": await request.get("/api/trpc/topic.list"),
    "POST /api/trpc (a refused mutation)": await request.post("/api/trpc/event.admin.create", {
      data: { json: {} },
    }),
    "POST /api/revalidate without the secret": await request.post("/api/revalidate", { data: {} }),
    "GET /api/preview with a bad token": await request.get("/api/preview?token=forged"),
    "POST /api/preview/exit": await request.post("/api/preview/exit", { maxRedirects: 0 }),
    "/feed.xml": await request.get("/feed.xml"),
    "/sitemap.xml": await request.get("/sitemap.xml"),
    "/robots.txt": await request.get("/robots.txt"),
    "/data/events.csv": await request.get("/data/events.csv"),
    "/data/events.json": await request.get("/data/events.json"),
    "/data/ratings.csv": await request.get("/data/ratings.csv"),
    "/data/ratings.json": await request.get("/data/ratings.json"),
    "/data/sources.csv": await request.get("/data/sources.csv"),
    "/icon.svg": await request.get("/icon.svg"),
    "a language redirect (/en/events)": await request.get("/en/events", { maxRedirects: 0 }),
  };
  expect(responses["a language redirect (/en/events)"].status()).toBe(307);
  expect(responses["POST /api/preview/exit"].status()).toBe(303);
  expectSecuredResponses(responses);
  await expectBuildFilesHeaders(page, request, "/");
});

test("no other page can frame the site", async ({ page }) => {
  const refused = page.waitForEvent("console", (m) => /frame-ancestors 'none'/.test(m.text()));
  await page.setContent(`<iframe src="${WEB_URL}/events" title="framed"></iframe>`);
  await refused;
  await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
});

test("the draft-mode cookie a preview link sets is HttpOnly and SameSite=Lax", async ({
  api,
  page,
}) => {
  const event = await draftEvent(api, { title: unique("Draft behind a first-party cookie") });
  const link = await previewLink(api, event.id);

  const violations = await watchPolicyViolations(page);
  const response = await page.goto(link);
  expect(page.url()).toContain("/events/draft-behind-a-first-party-cookie-");
  const nonce = expectSecurityHeaders(response!, "the preview page");
  expectNoncedScripts(await response!.text(), nonce, "the preview page");
  await expect(page.getByRole("note", { name: "Preview" })).toBeVisible();
  expect(await violations()).toEqual([]);

  const cookies = await page.context().cookies();
  const draftMode = cookies.find((c) => c.name === "__prerender_bypass");
  expect(draftMode).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Secure over https only: this suite runs on http://localhost (see draft-mode-cookie.ts).
  expect(draftMode?.secure).toBe(false);
});

test("an API token sent to the public site's API is refused with the admin API's address", async ({
  request,
}) => {
  const input = encodeURIComponent(JSON.stringify({ json: { limit: 1 } }));
  const withToken = await request.get(`/api/trpc/event.list?input=${input}`, {
    headers: { Authorization: "Bearer kzr_meant_for_the_admin" },
  });
  expect(withToken.status()).toBe(401);
  const body = (await withToken.json()) as { error: { json: { message: string } } };
  expect(body.error.json.message).toContain(`${ADMIN_URL}/api/trpc`);
  // Another scheme (a staging proxy's Basic auth) is none of the API's business.
  const basic = await request.get(`/api/trpc/event.list?input=${input}`, {
    headers: { Authorization: "Basic c3RhZ2luZzpzdGFnaW5n" },
  });
  expect(basic.status()).toBe(200);
});
