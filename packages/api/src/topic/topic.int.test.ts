import { makeEvent, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest, expectNotFound, itAnswersNotFoundFor } from "../testing/public-caller";

const slugs: Record<string, string> = {};
const { caller } = useSeededTestDatabase(async (client) => {
  const report = await makeSource(client, { title: "Report", url: "https://example.org" });
  const hidden = await makeSource(client, { title: "Hidden", status: "DRAFT" });
  const labour = await makeTopic(client, {
    name: "Labour rights",
    position: 2,
    overview: "Strikes in **Zhanaozen**.[^1]",
    citations: [hidden.id, { sourceId: report.id, locator: "§ 3", quote: "strikes" }],
  });
  const intro = await makeTopic(client, { name: "Introduction", position: 1 });
  const religion = await makeTopic(client, { name: "Religion", position: 3 });
  Object.assign(slugs, { labour: labour.slug, intro: intro.slug, religion: religion.slug });
  for (const [status, name] of [
    ["DRAFT", "Draft topic"],
    ["IN_REVIEW", "Topic in review"],
    ["ARCHIVED", "Archived topic"],
  ] as const) {
    slugs[name] = (await makeTopic(client, { name, status, position: 0 })).slug;
  }
  slugs.trashed = (await makeTopic(client, { name: "Trashed topic", deleted: true })).slug;

  await makeEvent(client, {
    title: "Later strike",
    startDate: "2011-12-16",
    topicIds: [labour.id],
    sourceIds: [report.id, hidden.id],
  });
  await makeEvent(client, {
    title: "Early strike",
    startDate: "2011-05-01",
    topicIds: [labour.id],
  });
  await makeEvent(client, { title: "Draft strike", status: "DRAFT", topicIds: [labour.id] });
  await makeEvent(client, { title: "Trashed strike", deleted: true, topicIds: [labour.id] });
  await makeEvent(client, {
    title: "Law on religion",
    startDate: "2011-10-13",
    topicIds: [religion.id, labour.id],
  });
});

describe("topic.list", () => {
  it("lists published topics by position with their published event counts", async () => {
    expect(await caller.topic.list()).toEqual([
      { slug: slugs.intro, name: "Introduction", position: 1, eventCount: 0 },
      { slug: slugs.labour, name: "Labour rights", position: 2, eventCount: 3 },
      { slug: slugs.religion, name: "Religion", position: 3, eventCount: 1 },
    ]);
  });
});

describe("topic.bySlug", () => {
  it("returns the overview with its visible footnotes and published events, oldest first", async () => {
    const topic = await caller.topic.bySlug({ slug: slugs.labour! });
    expect(topic).toMatchObject({
      slug: slugs.labour,
      name: "Labour rights",
      position: 2,
      eventCount: 3,
      overview: "Strikes in **Zhanaozen**.[^1]",
      citations: [
        {
          source: {
            slug: expect.any(String),
            title: "Report",
            publisher: "Test Publisher",
            url: "https://example.org",
          },
          locator: "§ 3",
          quote: "strikes",
        },
      ],
    });
    expect(topic.events.map((e) => e.title)).toEqual([
      "Early strike",
      "Law on religion",
      "Later strike",
    ]);
    expect(topic.events[1]?.topics.map((t) => t.name)).toEqual(["Religion", "Labour rights"]);
    // Only published sources are counted: "Later strike" also cites the draft source.
    expect(topic.events.map((e) => e.sourceCount)).toEqual([0, 0, 1]);
    expect(topic.updatedAt).toMatch(/Z$/);
  });

  it("returns a topic with no events", async () => {
    expect(await caller.topic.bySlug({ slug: slugs.intro! })).toMatchObject({
      events: [],
      citations: [],
      eventCount: 0,
    });
  });

  itAnswersNotFoundFor(["Draft topic", "Topic in review", "Archived topic", "trashed"], (key) =>
    caller.topic.bySlug({ slug: slugs[key]! }),
  );

  it("answers NOT_FOUND for an unknown slug and BAD_REQUEST for a malformed one", async () => {
    await expectNotFound(caller.topic.bySlug({ slug: "unknown-topic" }));
    await expectBadRequest(caller.topic.bySlug({ slug: "x".repeat(121) }), "slug");
    await expectBadRequest(caller.topic.bySlug({ slug: "Labour Rights" }), "slug");
  });
});
