import { makeActor, makeEvent, makePlace, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import {
  expectBadRequest,
  expectNotFound,
  itAnswersNotFoundFor,
  SITE_URL,
  walkPages,
} from "../testing/public-caller";

const slugs: Record<string, string> = {};
const titles = (events: { title: string }[]) => events.map((e) => e.title);
const { caller } = useSeededTestDatabase(async (client) => {
  const labour = await makeTopic(client, { name: "Labour" });
  const draftTopic = await makeTopic(client, { name: "Draft topic", status: "DRAFT" });
  const other = await makeTopic(client, { name: "Other" });
  const town = await makePlace(client, "Zhanaozen");
  const gonePlace = await makePlace(client, { name: "Gone place", deleted: true });
  const police = await makeActor(client, { name: "Police", kind: "GOVERNMENT_BODY" });
  const union = await makeActor(client, { name: "Union", kind: "ORGANIZATION" });
  const goneActor = await makeActor(client, { name: "Gone actor", deleted: true });
  const report = await makeSource(client, { title: "Report", url: "https://example.org/r" });
  const news = await makeSource(client, { title: "News", publisher: "Wire" });
  const draftSource = await makeSource(client, { title: "Draft source", status: "IN_REVIEW" });
  const trashedSource = await makeSource(client, { title: "Trashed source", deleted: true });
  Object.assign(slugs, { labour: labour.slug, other: other.slug, town: town.slug });

  const main = await makeEvent(client, {
    title: "Main",
    startDate: "2011-12-16",
    body: "# Heading\n\nThe **body**.",
    topicIds: [labour.id, draftTopic.id],
    placeIds: [town.id, gonePlace.id],
    actorRoles: [
      { actorId: union.id, role: "strikers" },
      { actorId: police.id, role: "shot" },
      { actorId: police.id, role: "detained" },
      { actorId: goneActor.id, role: "present" },
    ],
    citations: [
      { sourceId: news.id, locator: "para 2", quote: "Police fired" },
      draftSource.id,
      { sourceId: report.id, locator: "p. 7" },
      trashedSource.id,
    ],
  });
  slugs.main = main.slug;

  // Related through a visible link, at known distances from 2011-12-16.
  await makeEvent(client, { title: "Same day", startDate: "2011-12-16", topicIds: [labour.id] });
  await makeEvent(client, { title: "Day after", startDate: "2011-12-17", placeIds: [town.id] });
  await makeEvent(client, { title: "Week before", startDate: "2011-12-09", actorIds: [police.id] });
  await makeEvent(client, { title: "Month after", startDate: "2012-01-16", topicIds: [labour.id] });
  await makeEvent(client, { title: "Year before", startDate: "2010-12-16", topicIds: [labour.id] });
  await makeEvent(client, { title: "Years after", startDate: "2016-01-01", topicIds: [labour.id] });
  // Not related: hidden, or linked only through a hidden topic, place or actor, or not at all.
  await makeEvent(client, {
    title: "Draft twin",
    startDate: "2011-12-16",
    status: "DRAFT",
    topicIds: [labour.id],
  });
  const hiddenLinks = [
    { title: "Via draft topic", topicIds: [draftTopic.id] },
    { title: "Via gone place", placeIds: [gonePlace.id] },
    { title: "Via gone actor", actorIds: [goneActor.id] },
  ];
  for (const data of hiddenLinks) {
    slugs[data.title] = (await makeEvent(client, { startDate: "2011-12-16", ...data })).slug;
  }
  await makeEvent(client, { title: "Unlinked", startDate: "2011-12-16", topicIds: [other.id] });

  for (const [status, title] of [
    ["DRAFT", "Draft"],
    ["IN_REVIEW", "In review"],
    ["ARCHIVED", "Archived"],
  ] as const) {
    slugs[title] = (await makeEvent(client, { title, status, topicIds: [labour.id] })).slug;
  }
  slugs.Trashed = (await makeEvent(client, { title: "Trashed", deleted: true })).slug;

  // Ties on the same date, for pagination.
  for (let i = 0; i < 9; i++) {
    await makeEvent(client, {
      title: `Tied ${i}`,
      startDate: i < 5 ? "2005-05-05" : `200${i - 5}-01-01`,
      topicIds: i % 2 ? [other.id] : [],
    });
  }
});

describe("event.bySlug", () => {
  it("returns the summary fields, body, actors, footnotes and timestamps", async () => {
    const event = await caller.event.bySlug({ slug: slugs.main! });
    expect(event).toMatchObject({
      slug: slugs.main,
      title: "Main",
      startDate: "2011-12-16",
      endDate: null,
      datePrecision: "day",
      body: "# Heading\n\nThe **body**.",
      url: `${SITE_URL}/events/${slugs.main}`,
      topics: [{ slug: slugs.labour, name: "Labour" }],
      places: [{ slug: slugs.town, name: "Zhanaozen" }],
      sourceCount: 2,
    });
    expect(event.actors).toEqual([
      {
        slug: expect.any(String),
        name: "Police",
        kind: "government_body",
        nameWithheld: false,
        role: "detained",
      },
      {
        slug: expect.any(String),
        name: "Police",
        kind: "government_body",
        nameWithheld: false,
        role: "shot",
      },
      {
        slug: expect.any(String),
        name: "Union",
        kind: "organization",
        nameWithheld: false,
        role: "strikers",
      },
    ]);
    expect(event.citations).toEqual([
      {
        source: { slug: expect.any(String), title: "News", publisher: "Wire", url: null },
        locator: "para 2",
        quote: "Police fired",
        attributedTo: null,
        attributedActor: null,
      },
      {
        source: {
          slug: expect.any(String),
          title: "Report",
          publisher: "Test Publisher",
          url: "https://example.org/r",
        },
        locator: "p. 7",
        quote: null,
        attributedTo: null,
        attributedActor: null,
      },
    ]);
    expect(event.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(event.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
  });

  it("lists up to five related published events: shared topics first, then places, then actors, nearest in date within each", async () => {
    const { related } = await caller.event.bySlug({ slug: slugs.main! });
    expect(titles(related)).toEqual([
      "Same day",
      "Month after",
      "Year before",
      "Years after",
      "Day after",
    ]);
  });

  it.each(["Via draft topic", "Via gone place", "Via gone actor"])(
    "relates nothing through a hidden link (%s)",
    async (title) => {
      const event = await caller.event.bySlug({ slug: slugs[title]! });
      expect(event.related).toEqual([]);
      expect(event.topics).toEqual([]);
      expect(event.places).toEqual([]);
      expect(event.actors).toEqual([]);
    },
  );

  itAnswersNotFoundFor(
    ["Draft", "In review", "Archived", "Trashed"],
    (title) => caller.event.bySlug({ slug: slugs[title]! }),
    "answers NOT_FOUND for a %s event",
  );

  it("answers NOT_FOUND for an unknown slug", async () => {
    await expectNotFound(caller.event.bySlug({ slug: "no-such-event" }));
  });

  it.each([[{ slug: "Not A Slug!" }], [{ slug: "" }], [{}]])(
    "refuses %j with BAD_REQUEST on slug",
    async (input) => {
      await expectBadRequest(caller.event.bySlug(input as never), "slug");
    },
  );
});

describe("event.list pagination", () => {
  it.each([
    [1, "desc"],
    [2, "desc"],
    [3, "asc"],
    [7, "asc"],
  ] as const)(
    "walks every page of %i in %s order with no duplicates or gaps",
    async (limit, order) => {
      const full = await caller.event.list({ limit: 100, order });
      const walked = await walkPages((cursor) => caller.event.list({ limit, order, cursor }));
      expect(walked.items.map((e) => e.id)).toEqual(full.items.map((e) => e.id));
      expect(new Set(walked.items.map((e) => e.id)).size).toBe(full.total);
      expect(walked.pages).toBe(Math.ceil(full.total / limit));
      expect(new Set(walked.totals)).toEqual(new Set([full.total]));
    },
  );

  it("walks a filtered list the same way", async () => {
    const full = await caller.event.list({ topic: slugs.other, limit: 100 });
    const walked = await walkPages((cursor) =>
      caller.event.list({ topic: slugs.other, limit: 2, cursor }),
    );
    expect(walked.items.map((e) => e.id)).toEqual(full.items.map((e) => e.id));
    expect(full.total).toBe(5);
  });

  it("never lists a hidden event on any page", async () => {
    const walked = await walkPages((cursor) => caller.event.list({ limit: 4, cursor }));
    const seen = titles(walked.items);
    for (const hidden of ["Draft", "In review", "Archived", "Trashed", "Draft twin"]) {
      expect(seen).not.toContain(hidden);
    }
  });
});
