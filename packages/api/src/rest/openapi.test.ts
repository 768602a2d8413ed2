import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";

import { COLLECTIONS } from "../collections";
import { PUBLIC_API_CATALOG } from "../docs/catalog";
import { openApiDocument } from "./openapi";
import { matchRoute, REST_BASE, REST_ROUTES } from "./routes";

const document = openApiDocument({ siteUrl: "https://example.org/" });

describe("the REST routes", () => {
  it("serve every public query but event.preview, each at one path", () => {
    expect(REST_ROUTES.map((r) => r.procedure).sort()).toEqual(
      PUBLIC_API_CATALOG.filter((p) => p.type === "query" && p.path !== "event.preview")
        .map((p) => p.path)
        .sort(),
    );
    const paths = REST_ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("put each collection's list at its path and its records under it", () => {
    for (const c of COLLECTIONS) {
      expect(matchRoute(c.path.split("/").filter(Boolean))?.route.procedure).toBe(`${c.noun}.list`);
      const record = matchRoute([...c.path.split("/").filter(Boolean), "some-slug"]);
      if (record?.route.pathParam) {
        expect(record).toMatchObject({
          route: { procedure: `${c.noun}.bySlug` },
          param: "some-slug",
        });
      }
    }
    expect(matchRoute(["ratings", "series"])?.route.procedure).toBe("rating.seriesList");
    expect(matchRoute(["search"])?.route.procedure).toBe("search.query");
    expect(matchRoute(["changes"])?.route.procedure).toBe("changes.since");
    expect(matchRoute(["events", "a", "b"])).toBeNull();
  });
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("lists every REST read with its parameters and output", () => {
    expect(Object.keys(document.paths).sort()).toEqual(
      REST_ROUTES.map((r) => `${REST_BASE}${r.path}`).sort(),
    );
    const list = (document.paths["/api/v1/events"] as { get: { parameters: { name: string }[] } })
      .get;
    expect(list.parameters.map((p) => p.name)).toContain("topic");
    const bySlug = document.paths["/api/v1/events/{slug}"] as {
      get: { parameters: { name: string; in: string }[] };
    };
    expect(bySlug.get.parameters).toEqual([
      expect.objectContaining({ name: "slug", in: "path" }),
      expect.objectContaining({ name: "locale", in: "query" }),
    ]);
    expect(document.servers).toEqual([{ url: "https://example.org" }]);
  });

  it("describes dates as ISO strings, as REST sends them", () => {
    expect(JSON.stringify(document)).not.toContain('"x-ts"');
    expect(JSON.stringify(document)).toContain('"format":"date-time"');
  });
});
