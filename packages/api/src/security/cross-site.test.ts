import { describe, expect, it } from "vitest";

import { CROSS_SITE_MESSAGE, crossSiteRefusal, refuseCrossSite } from "./cross-site";

const ADMIN = "https://admin.example.org";

const post = (headers: Record<string, string>, url = `${ADMIN}/api/trpc/event.admin.update`) =>
  new Request(url, { method: "POST", headers });

describe("crossSiteRefusal", () => {
  it.each([
    ["another site's Origin", { origin: "http://evil.example", cookie: "s=1" }],
    ["a sibling subdomain's Origin", { origin: "https://www.example.org", cookie: "s=1" }],
    ["the right host over the wrong scheme", { origin: "http://admin.example.org" }],
    ["Origin: null (a sandboxed frame)", { origin: "null", cookie: "s=1" }],
    ["Sec-Fetch-Site: cross-site without Origin", { "sec-fetch-site": "cross-site" }],
    [
      "Sec-Fetch-Site: cross-site with a matching Origin",
      { origin: ADMIN, "sec-fetch-site": "cross-site" },
    ],
    [
      "a Bearer token sent along with a cookie",
      { authorization: "Bearer kz_x", cookie: "s=1", origin: "http://evil.example" },
    ],
  ])("refuses a POST with %s", (_label, headers) => {
    expect(crossSiteRefusal(post(headers), [ADMIN])).toBe(CROSS_SITE_MESSAGE);
  });

  it.each([
    ["its own Origin", { origin: ADMIN, "sec-fetch-site": "same-origin" }],
    ["Sec-Fetch-Site: same-site and no Origin", { "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site: none (typed by the user)", { "sec-fetch-site": "none" }],
    ["no Origin and no Sec-Fetch-Site (a program)", {}],
    [
      "a Bearer token and no cookie",
      { authorization: "Bearer kz_x", origin: "http://evil.example" },
    ],
  ])("lets through a POST with %s", (_label, headers) => {
    expect(crossSiteRefusal(post(headers), [ADMIN])).toBeNull();
  });

  it("accepts an Origin naming the host the browser addressed (the same server by another name)", () => {
    const request = post({ origin: "http://127.0.0.1:3001", host: "127.0.0.1:3001" });
    expect(crossSiteRefusal(request, ["http://localhost:3001"])).toBeNull();
  });

  it("refuses an Origin whose host is not the one addressed", () => {
    const request = post({ origin: "http://evil.example", host: "admin.example.org" });
    expect(crossSiteRefusal(request, [ADMIN])).toBe(CROSS_SITE_MESSAGE);
  });

  it("never refuses a read", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      const request = new Request(`${ADMIN}/api/trpc/event.list`, {
        method,
        headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
      });
      expect(crossSiteRefusal(request, [ADMIN])).toBeNull();
    }
  });
});

describe("refuseCrossSite", () => {
  const handler = refuseCrossSite(
    async (_req: Request, ctx: { params: string }) => {
      return new Response(`handled ${ctx.params}`);
    },
    [ADMIN],
  );

  it("answers 403 with what to do, without calling the handler", async () => {
    const response = await handler(post({ origin: "http://evil.example" }), { params: "x" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "FORBIDDEN", message: CROSS_SITE_MESSAGE },
    });
  });

  it("passes the request and its context to the handler otherwise", async () => {
    const response = await handler(post({ origin: ADMIN }), { params: "x" });
    expect(await response.text()).toBe("handled x");
  });
});
