import { describe, expect, it, vi } from "vitest";

import { cacheTags, CACHE_TAG_PATTERN, listTags } from "@kz/api/cache-tags";
import { COLLECTIONS } from "@kz/api/collections";
import { handleRevalidate, isAuthorized, MAX_TAGS } from "./revalidate";

const SECRET = "s".repeat(40);

function post(body: unknown, authorization: string | null = `Bearer ${SECRET}`) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (authorization !== null) headers.set("Authorization", authorization);
  return new Request("http://localhost/api/revalidate", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function call(request: Request, { secret }: { secret?: string } = { secret: SECRET }) {
  const revalidate = vi.fn<(tag: string) => void>();
  const response = await handleRevalidate(request, { secret, revalidate, now: () => 1234 });
  return { status: response.status, body: await response.json(), response, revalidate };
}

describe("POST /api/revalidate", () => {
  it("expires each tag once and says which", async () => {
    const tags = ["events", "event:zhanaozen-2011", "events", "rating-series:freedom-in-the-world"];
    const { status, body, revalidate, response } = await call(post({ tags }));
    expect(status).toBe(200);
    expect(body).toEqual({
      revalidated: ["events", "event:zhanaozen-2011", "rating-series:freedom-in-the-world"],
      now: 1234,
    });
    expect(revalidate.mock.calls).toEqual([
      ["events"],
      ["event:zhanaozen-2011"],
      ["rating-series:freedom-in-the-world"],
    ]);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers 503 with a clear message while no secret is configured", async () => {
    const { status, body, revalidate } = await call(post({ tags: ["events"] }), {});
    expect(status).toBe(503);
    expect(body.error).toMatch(/REVALIDATE_SECRET/);
    expect(revalidate).not.toHaveBeenCalled();
  });

  it.each([
    ["no header", null],
    ["a wrong secret", `Bearer ${"x".repeat(40)}`],
    ["a prefix of the secret", `Bearer ${SECRET.slice(0, 39)}`],
    ["another scheme", `Basic ${SECRET}`],
    ["an empty token", "Bearer "],
  ])("answers 401 to %s, before reading the body", async (_name, authorization) => {
    const { status, body, response, revalidate } = await call(post("not json", authorization));
    expect(status).toBe(401);
    expect(body).toEqual({ error: "Unauthorized" });
    expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
    expect(revalidate).not.toHaveBeenCalled();
  });

  it.each([
    ["malformed JSON", "{tags:"],
    ["no tags", {}],
    ["an empty list", { tags: [] }],
    ["too many tags", { tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `event:e-${i}`) }],
    ["an unknown tag", { tags: ["everything"] }],
    ["a tag with an invalid slug", { tags: ["event:Zhanaozen 2011"] }],
    ["a Next internal tag", { tags: ["_N_T_/layout"] }],
    ["a non-string tag", { tags: [42] }],
    ["an unexpected field", { tags: ["events"], paths: ["/"] }],
  ])("answers 400 to %s and expires nothing", async (_name, body) => {
    const { status, revalidate } = await call(post(body));
    expect(status).toBe(400);
    expect(revalidate).not.toHaveBeenCalled();
  });
});

describe("isAuthorized", () => {
  it("accepts only the exact bearer token", () => {
    expect(isAuthorized(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(isAuthorized(`Bearer ${SECRET} `, SECRET)).toBe(false);
    expect(isAuthorized(`bearer ${SECRET}`, SECRET)).toBe(false);
  });
});

describe("cache tags", () => {
  it("every tag the site builds passes the route's pattern", () => {
    const built = Object.values(cacheTags).map((t) =>
      typeof t === "function" ? t("a-slug-1") : t,
    );
    for (const tag of built) expect(tag).toMatch(CACHE_TAG_PATTERN);
    // A list and a record tag per collection, and search.
    expect(built).toHaveLength(2 * COLLECTIONS.length + 1);
  });

  it("the tags the admin sends after a publish are accepted in one request", async () => {
    const tags = [cacheTags.event("zhanaozen-2011"), ...listTags];
    const { status, body } = await call(post({ tags }));
    expect(status).toBe(200);
    expect(body.revalidated).toEqual(tags);
  });
});
