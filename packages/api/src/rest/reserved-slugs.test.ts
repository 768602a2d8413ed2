import { describe, expect, it } from "vitest";

import { RESERVED_SLUGS, resolveSlug } from "../shared/slug";
import { REST_ROUTES } from "./routes";

describe("slugs that would be shadowed by another address", () => {
  it("reserves every literal path the REST API serves under a collection", () => {
    const literalUnderCollection = REST_ROUTES.filter((r) => r.collection && !r.pathParam)
      .map((r) => r.path.split("/").slice(2))
      .filter((rest) => rest.length === 1)
      .map(([segment]) => segment!);
    expect(literalUnderCollection).toContain("facets");
    for (const segment of literalUnderCollection) expect(RESERVED_SLUGS).toContain(segment);
  });

  it("refuses a reserved slug asked for, with a message that says why", async () => {
    const result = await resolveSlug("facets", "Anything", "event", async () => []);
    expect(result).toEqual({ error: expect.stringContaining('"facets" is reserved') });
  });

  it("never makes a reserved slug from a title", async () => {
    expect(await resolveSlug(null, "Download", "event", async () => [])).toEqual({
      slug: "download-2",
    });
    expect(await resolveSlug(null, "Timeline", "event", async () => ["timeline-2"])).toEqual({
      slug: "timeline-3",
    });
  });
});
