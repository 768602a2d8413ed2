// The REST reads on a real Postgres holding the seeded document: every route derived from the
// registry answers plain JSON, errors are JSON with their status, and reads are cacheable.
import { seedDocument } from "@kz/db/seed";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { COLLECTIONS } from "../collections";
import { defaultApiLimits } from "../ratelimit/config";
import { tokenSentToPublicSite } from "../ratelimit/handler";
import { appRouter } from "../root";
import { publicContext } from "../testing/public-caller";
import { useTestDatabase } from "../testing/database";
import type { ProcedureMeta } from "../trpc";
import { createRestHandler } from "./handler";
import { REST_BASE, REST_ROUTES } from "./routes";

const db = useTestDatabase("rest");

const handler = () =>
  createRestHandler({
    db: db(),
    limits: defaultApiLimits(),
    identify: async (req) =>
      /^bearer\s/i.test(req.headers.get("authorization") ?? "")
        ? {
            caller: { kind: "anonymous" },
            context: null,
            refusal: tokenSentToPublicSite(undefined),
          }
        : { caller: { kind: "anonymous" }, context: publicContext(db()) },
  });

const get = (path: string, init: RequestInit = {}) =>
  handler()(new Request(`http://localhost${REST_BASE}${path}`, init));

/** An example input as a query string: lists as repeated keys. */
function queryOf(example: unknown, skip?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((example ?? {}) as Record<string, unknown>)) {
    if (key === skip) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

beforeAll(async () => {
  await seedDocument(db());
});

describe("every public read over REST", () => {
  it("has a route for each public query of every collection (derived from the registry)", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; meta?: ProcedureMeta } }
    >;
    for (const collection of COLLECTIONS) {
      const reads = Object.entries(procedures)
        .filter(([path]) => path.startsWith(`${collection.noun}.`))
        .filter(([, p]) => p._def.type === "query" && p._def.meta?.access === "public")
        .map(([path]) => path)
        .filter((path) => path !== "event.preview");
      expect(reads.length, collection.noun).toBeGreaterThan(0);
      for (const read of reads) {
        expect(
          REST_ROUTES.map((r) => r.procedure),
          read,
        ).toContain(read);
      }
      const list = REST_ROUTES.find((r) => r.procedure === `${collection.noun}.list`);
      expect(list?.path).toBe(collection.path);
    }
  });

  it.each(REST_ROUTES.filter((r) => !r.pathParam).map((r) => [r.path, r] as const))(
    "GET %s answers 200 with plain JSON",
    async (_, route) => {
      const response = await get(`${route.path}${queryOf(route.example)}`);
      const text = await response.text();
      expect(response.status, text).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(text).not.toContain('"json":');
      expect(JSON.parse(text)).toBeTruthy();
    },
  );

  it.each(REST_ROUTES.filter((r) => r.pathParam).map((r) => [r.path, r] as const))(
    "GET %s answers the record its list names, and 404 for an unknown slug",
    async (path, route) => {
      const list = REST_ROUTES.find(
        (r) => r.procedure === route.procedure.replace(/\.\w+$/, ".list"),
      );
      const listed = (await (await get(list!.path)).json()) as
        { items: { slug: string }[] } | { slug: string }[];
      const items = Array.isArray(listed) ? listed : listed.items;
      expect(items.length, `${list!.path} is empty in the seeded record`).toBeGreaterThan(0);
      const slug = items[0]!.slug;
      const response = await get(path.replace("{slug}", slug));
      expect(response.status).toBe(200);
      expect(((await response.json()) as { slug: string }).slug).toBe(slug);

      const missing = await get(path.replace("{slug}", "no-such-record-here"));
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    },
  );
});

describe("query strings", () => {
  it("coerces numbers and filters as the procedure does", async () => {
    const response = await get("/events?topic=protests&limit=2");
    const body = (await response.json()) as {
      items: { topics: { slug: string }[]; updatedAt: string }[];
      nextCursor: string | null;
    };
    expect(body.items).toHaveLength(2);
    for (const item of body.items) expect(item.topics.map((t) => t.slug)).toContain("protests");
    // Dates as ISO strings.
    expect(body.items[0]!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const next = await get(`/events?topic=protests&limit=2&cursor=${body.nextCursor}`);
    expect(next.status).toBe(200);
  });

  it("takes lists as repeated keys or commas (changes?types=…)", async () => {
    const a = await get("/changes?types=event&types=topic&limit=5");
    const b = await get("/changes?types=event,topic&limit=5");
    expect(a.status).toBe(200);
    expect(await a.text()).toBe(await b.text());
  });

  it("refuses an unknown parameter with 400 naming it and those it takes", async () => {
    const response = await get("/events?limt=5");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { code: string; message: string; fieldErrors: Record<string, string[]> };
    };
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('"limt"');
    expect(error.message).toContain("limit");
    expect(Object.keys(error.fieldErrors)).toEqual(["limt"]);
  });

  it("refuses a bad value with the procedure's readable message and fieldErrors", async () => {
    const response = await get("/events?limit=1000&year=abc");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { message: string; fieldErrors: Record<string, string[]> };
    };
    expect(error.message).toMatch(/^Invalid input: /);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["limit", "year"]);
  });

  it("refuses a parameter given twice where one value is taken", async () => {
    const response = await get("/events?limit=1&limit=2");
    expect(response.status).toBe(400);
  });

  it("refuses a required parameter left out", async () => {
    const response = await get("/ratings");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fieldErrors: object } };
    expect(Object.keys(error.fieldErrors)).toEqual(["series"]);
  });
});

describe("HTTP", () => {
  it("sends CORS, Cache-Control and a weak ETag, and 304 for a matching If-None-Match", async () => {
    const first = await get("/topics");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=60");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await get("/topics", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    const other = await get("/topics", { headers: { "If-None-Match": 'W/"other"' } });
    expect(other.status).toBe(200);
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const got = await get("/places");
    const head = await get("/places", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("etag")).toBe(got.headers.get("etag"));
    expect(head.headers.get("content-length")).toBe(String((await got.arrayBuffer()).byteLength));
  });

  it("answers a preflight, refuses other methods with 405, and unknown paths with 404", async () => {
    const options = await get("/events", { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    const post = await get("/events", { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect((await get("/events/%E0%A4%A")).status).toBe(404);
    const missing = await get("/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("lists its endpoints at /api/v1 itself", async () => {
    const body = (await (await get("")).json()) as {
      endpoints: { path: string }[];
      openapi: string;
    };
    expect(body.openapi).toBe("/api/openapi.json");
    expect(body.endpoints.map((e) => e.path)).toContain("/api/v1/events/{slug}");
  });

  it("refuses a token with 401 naming the admin's API, and counts calls", async () => {
    const response = await get("/events", { headers: { Authorization: "Bearer kzr_x" } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      "admin",
    );
    expect(response.headers.get("x-ratelimit-limit")).toBeTruthy();
  });
});

describe("rate limits that do not punish honest readers", () => {
  const limited = (microCacheMs = 0) =>
    createRestHandler({
      db: db(),
      limits: {
        ...defaultApiLimits(),
        public: { points: 3, windowSeconds: 60 },
        search: { points: 1, windowSeconds: 60 },
        publicGlobal: { points: 100, windowSeconds: 60 },
      },
      identify: async () => ({ caller: { kind: "anonymous" }, context: publicContext(db()) }),
      microCacheMs,
    });
  const from = (address: string, headers: Record<string, string> = {}) => ({
    headers: { "x-forwarded-for": address, ...headers },
  });
  const at = (handler: (r: Request) => Promise<Response>, path: string, init: RequestInit) =>
    handler(new Request(`http://localhost${REST_BASE}${path}`, init));
  const used = async (key: string) =>
    (await db().rateLimit.findUnique({ where: { key } }))?.points ?? 0;

  beforeEach(async () => {
    await db().$executeRaw`DELETE FROM "RateLimit"`;
  });

  it("charge nothing for a conditional read answered 304, one point when it changed", async () => {
    const handler = limited();
    const first = await at(handler, "/topics", from("198.51.100.20"));
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("ratelimit-policy")).toBe('"address";q=3;w=60, "everyone";q=100;w=60');
    expect(first.headers.get("ratelimit")).toMatch(/^"address";r=2;t=\d+, "everyone";r=99;t=\d+$/);
    for (let i = 0; i < 10; i++) {
      const again = await at(handler, "/topics", from("198.51.100.20", { "If-None-Match": etag }));
      expect(again.status).toBe(304);
    }
    expect(await used("ip:198.51.100.20")).toBe(1);
    const changed = await at(
      handler,
      "/topics",
      from("198.51.100.20", { "If-None-Match": 'W/"stale"' }),
    );
    expect(changed.status).toBe(200);
    expect(await used("ip:198.51.100.20")).toBe(2);
  });

  it("charge nothing for an answer from the micro-cache", async () => {
    const handler = limited(60_000);
    for (let i = 0; i < 10; i++) {
      expect((await at(handler, "/places", from("198.51.100.21"))).status).toBe(200);
    }
    expect(await used("ip:198.51.100.21")).toBe(1);
    expect(await used("anonymous:all")).toBe(1);
  });

  it("compute a burst of the same read once, and charge it once", async () => {
    const handler = limited(60_000);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => at(handler, "/sources", from("198.51.100.25"))),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((a) => a.headers.get("etag"))).size).toBe(1);
    expect(await used("ip:198.51.100.25")).toBe(1);
    expect(await used("anonymous:all")).toBe(1);
  });

  it("let those waiting on a refused read be served on their own points", async () => {
    const handler = limited(60_000);
    for (let i = 0; i < 3; i++) await at(handler, `/events?limit=${i + 1}`, from("198.51.100.26"));
    const [refused, served] = await Promise.all([
      at(handler, "/events?limit=9", from("198.51.100.26")),
      at(handler, "/events?limit=9", from("198.51.100.27")),
    ]);
    expect([refused.status, served.status]).toEqual([429, 200]);
    expect(await used("ip:198.51.100.27")).toBe(1);
  });

  it("refuse one busy client with 429, Retry-After and RateLimit, and serve the next", async () => {
    const handler = limited();
    for (let i = 0; i < 3; i++) await at(handler, "/topics", from("198.51.100.22"));
    const refused = await at(handler, "/topics", from("198.51.100.22"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit")).toMatch(/^"address";r=0;t=\d+$/);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    // Still refused when asking conditionally: a peek that finds no points left.
    const peek = await at(handler, "/topics", from("198.51.100.22", { "If-None-Match": "*" }));
    expect(peek.status).toBe(429);
    expect((await at(handler, "/topics", from("198.51.100.23"))).status).toBe(200);
  });

  it("count searches (the search API, a list given q) in their own bucket", async () => {
    const handler = limited();
    expect((await at(handler, "/events?q=protest", from("198.51.100.24"))).status).toBe(200);
    const refused = await at(handler, "/search?q=court", from("198.51.100.24"));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /1 searches per 60 s/,
    );
    expect((await at(handler, "/events", from("198.51.100.24"))).status).toBe(200);
  });
});
