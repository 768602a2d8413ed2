// Issue 17, items 1–4 on the public site: plain REST reads at /api/v1 (derived from the API's
// collection registry), their OpenAPI 3.1 document, strict input on the tRPC API, and HTTP caching
// and CORS on REST reads and /data downloads.
import { expect, test, type APIResponse } from "@playwright/test";

import { WEB_URL } from "../../ports";
import { expectFixedHeaders } from "../fixtures/security";

interface OpenApiParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  example?: unknown;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, { get: { parameters: OpenApiParameter[]; "x-trpc-procedure": string } }>;
}

const API_CACHE = "public, max-age=60, s-maxage=60";
const DOWNLOAD_CACHE = "public, max-age=300, s-maxage=300";

function expectCacheable(response: APIResponse, cacheControl: string, label: string) {
  const headers = response.headers();
  expect(headers["access-control-allow-origin"], label).toBe("*");
  expect(headers["cache-control"], label).toBe(cacheControl);
  expect(headers["etag"], label).toMatch(/^W\/".+"$/);
}

test("the OpenAPI document is served to any origin and every endpoint it lists answers plain JSON", async ({
  request,
}) => {
  test.slow();
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  expectCacheable(response, API_CACHE, "/api/openapi.json");
  const document = (await response.json()) as OpenApiDocument;
  expect(document.openapi).toBe("3.1.0");
  const paths = Object.keys(document.paths);
  for (const path of [
    "/api/v1/events",
    "/api/v1/events/{slug}",
    "/api/v1/search",
    "/api/v1/changes",
  ]) {
    expect(paths).toContain(path);
  }

  // Each list endpoint with its required parameters' examples; each record endpoint with a slug
  // its list names.
  for (const [path, { get }] of Object.entries(document.paths)) {
    if (path.includes("{")) continue;
    const query = new URLSearchParams();
    for (const p of get.parameters) {
      if (p.required) query.set(p.name, String(p.example));
    }
    const url = `${path}${query.size ? `?${query}` : ""}`;
    const answer = await request.get(url);
    expect(answer.status(), url).toBe(200);
    expect(answer.headers()["content-type"], url).toMatch(/^application\/json/);
    const text = await answer.text();
    expect(text, url).not.toContain('"json":');
    const record = document.paths[`${path}/{slug}`];
    if (!record) continue;
    const body = JSON.parse(text) as { items?: { slug: string }[] } | { slug: string }[];
    const items = Array.isArray(body) ? body : (body.items ?? []);
    expect(items.length, url).toBeGreaterThan(0);
    const slug = items[0]!.slug;
    const one = await request.get(`${path}/${slug}`);
    expect(one.status(), `${path}/${slug}`).toBe(200);
    expect(((await one.json()) as { slug: string }).slug).toBe(slug);
  }
});

test("REST reads take query strings, refuse unknown parameters, and support ETag, 304 and HEAD", async ({
  request,
}) => {
  const list = await request.get("/api/v1/events?topic=protests&limit=2");
  expect(list.status()).toBe(200);
  expectCacheable(list, API_CACHE, "/api/v1/events");
  expectFixedHeaders(list, "/api/v1/events");
  const body = (await list.json()) as {
    items: { topics: { slug: string }[]; updatedAt: string }[];
    total: number;
  };
  expect(body.items).toHaveLength(2);
  for (const item of body.items) expect(item.topics.map((t) => t.slug)).toContain("protests");
  expect(body.items[0]!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);

  const etag = list.headers()["etag"]!;
  const again = await request.get("/api/v1/events?topic=protests&limit=2", {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);

  const head = await request.head("/api/v1/events?topic=protests&limit=2");
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(etag);
  expect((await head.body()).length).toBe(0);

  const unknown = await request.get("/api/v1/events?limt=2");
  expect(unknown.status()).toBe(400);
  expect(unknown.headers()["access-control-allow-origin"]).toBe("*");
  const refusal = (await unknown.json()) as {
    error: { code: string; message: string; fieldErrors: Record<string, string[]> };
  };
  expect(refusal.error.code).toBe("BAD_REQUEST");
  expect(refusal.error.message).toContain('"limt"');
  expect(Object.keys(refusal.error.fieldErrors)).toEqual(["limt"]);

  const missing = await request.get("/api/v1/events/no-such-event");
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");

  const preflight = await request.fetch("/api/v1/events", {
    method: "OPTIONS",
    headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});

test("the tRPC API refuses an input outside the envelope and a misspelt key with 400", async ({
  request,
}) => {
  const bare = encodeURIComponent(JSON.stringify({ topic: "protests", limit: 2 }));
  const withoutEnvelope = await request.get(`/api/trpc/event.list?input=${bare}`);
  expect(withoutEnvelope.status()).toBe(400);
  const message = ((await withoutEnvelope.json()) as { error: { json: { message: string } } }).error
    .json.message;
  expect(message).toContain('{"json":');

  const misspelt = encodeURIComponent(JSON.stringify({ json: { limt: 2 } }));
  const unknownKey = await request.get(`/api/trpc/event.list?input=${misspelt}`);
  expect(unknownKey.status()).toBe(400);
  const error = (await unknownKey.json()) as {
    error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } };
  };
  expect(error.error.json.message).toContain("limt: Unknown field");
  expect(Object.keys(error.error.json.data.fieldErrors)).toEqual(["limt"]);

  // The tRPC route keeps no CORS header: it is the same API as the cookie-based admin's.
  const good = encodeURIComponent(JSON.stringify({ json: { limit: 1 } }));
  const ok = await request.get(`/api/trpc/event.list?input=${good}`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["access-control-allow-origin"]).toBeUndefined();
});

test("the /data downloads are readable from any origin, cacheable, and answer 304 and HEAD", async ({
  request,
}) => {
  for (const file of ["events.csv", "events.json", "ratings.csv", "sources.csv", "cases.json"]) {
    const path = `/data/${file}`;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectCacheable(response, DOWNLOAD_CACHE, path);
    const etag = response.headers()["etag"]!;
    const again = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(again.status(), path).toBe(304);
    const head = await request.head(path);
    expect(head.status(), path).toBe(200);
    expect(head.headers()["content-disposition"], path).toBe(`attachment; filename="${file}"`);
    expect((await head.body()).length, path).toBe(0);
  }
});

test("/api links the OpenAPI document and explains REST", async ({ page }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { name: "Plain REST and OpenAPI" })).toBeVisible();
  const link = page.getByRole("link", { name: `${WEB_URL}/api/openapi.json` });
  await expect(link).toHaveAttribute("href", "/api/openapi.json");
  const region = page.getByRole("region", { name: "event.list", exact: true });
  await expect(region.getByText("GET /api/v1/events", { exact: true })).toBeVisible();
});
