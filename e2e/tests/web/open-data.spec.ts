// Issue 17, items 5–8 on the public site: REST reads carry the IETF RateLimit fields and a
// conditional read is answered 304; /data holds tidy tables described by datapackage.json, whose
// schemas match every CSV's header row, and a zip of the whole package.
import { expect, test } from "@playwright/test";

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string; description: string }[] };
}

test("REST reads say their rate limits and answer a conditional read with 304", async ({
  request,
}) => {
  const first = await request.get("/api/v1/events?limit=2");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["ratelimit-policy"]).toMatch(/"address";q=\d+;w=\d+, "everyone";q=\d+;w=\d+/);
  const again = await request.get("/api/v1/events?limit=2", {
    headers: { "If-None-Match": headers["etag"]! },
  });
  expect(again.status()).toBe(304);
});

test("datapackage.json describes every CSV column by column, and the zip holds them", async ({
  request,
}) => {
  test.slow();
  const response = await request.get("/data/datapackage.json");
  expect(response.status()).toBe(200);
  const descriptor = (await response.json()) as {
    profile: string;
    licenses: { name: string }[];
    resources: Resource[];
  };
  expect(descriptor.profile).toBe("tabular-data-package");
  expect(descriptor.licenses[0]?.name).toBe("CC-BY-4.0");
  expect(descriptor.resources.map((r) => r.path)).toEqual(
    expect.arrayContaining([
      "events.csv",
      "event_actors.csv",
      "event_citations.csv",
      "event_topics.csv",
      "event_places.csv",
    ]),
  );
  for (const resource of descriptor.resources) {
    const csv = await request.get(`/data/${resource.path}`);
    expect(csv.status(), resource.path).toBe(200);
    const header = (await csv.text()).replace(/^\ufeff/, "").split("\r\n")[0];
    expect(header, resource.path).toBe(resource.schema.fields.map((f) => f.name).join(","));
    for (const field of resource.schema.fields) expect(field.description).not.toBe("");
  }
  const zip = await request.get("/data/kz-rights-data.zip");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");
});

test("events.json carries each event's actors, citations and EDTF date", async ({ request }) => {
  const response = await request.get("/data/events.json");
  const { items } = (await response.json()) as {
    items: { dateEdtf: string; actors: unknown[]; citations: unknown[]; datePrecision: string }[];
  };
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(Array.isArray(item.actors)).toBe(true);
    expect(Array.isArray(item.citations)).toBe(true);
    const pattern = {
      day: /^\d{4}-\d{2}-\d{2}/,
      month: /^\d{4}-\d{2}(\/|$)/,
      year: /^\d{4}(\/|$)/,
    };
    expect(item.dateEdtf).toMatch(pattern[item.datePrecision as keyof typeof pattern]);
  }
});
