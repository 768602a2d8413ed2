import { makeEvent, makeRating, makeRatingSeries, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import {
  expectBadRequest,
  expectNotFound,
  itAnswersNotFoundFor,
  walkPages,
} from "../testing/public-caller";

const slugs: Record<string, string> = {};
const { caller } = useSeededTestDatabase(async (client) => {
  const hrw = await makeSource(client, {
    title: "World Report 2012: Kazakhstan",
    publisher: "Human Rights Watch",
    kind: "REPORT",
    url: "https://www.hrw.org/world-report/2012",
    publishedDate: "2012-01-22",
    notes: "Covers the Zhanaozen shootings.",
  });
  const law = await makeSource(client, { title: "Law on Religious Activity", kind: "LAW" });
  await makeSource(client, { title: "Protesters detained", publisher: "RFE/RL", kind: "NEWS" });
  slugs.hrw = hrw.slug;
  slugs.law = law.slug;
  for (const [status, title] of [
    ["DRAFT", "Draft report"],
    ["IN_REVIEW", "Report in review"],
    ["ARCHIVED", "Archived report"],
  ] as const) {
    slugs[title] = (await makeSource(client, { title, status, kind: "REPORT" })).slug;
  }
  slugs.trashed = (await makeSource(client, { title: "Trashed report", deleted: true })).slug;
  // Same titles, to page through ties.
  for (let i = 0; i < 7; i++)
    await makeSource(client, { title: i < 4 ? "Statement" : `Statement ${i}`, kind: "STATEMENT" });

  const topic = await makeTopic(client, { name: "Labour", position: 2, citations: [hrw.id] });
  await makeTopic(client, { name: "Hidden topic", status: "DRAFT", citations: [hrw.id] });
  await makeTopic(client, { name: "Intro", position: 1, citations: [hrw.id] });
  await makeEvent(client, {
    title: "Zhanaozen",
    startDate: "2011-12-16",
    topicIds: [topic.id],
    sourceIds: [hrw.id],
  });
  await makeEvent(client, {
    title: "Earlier",
    startDate: "2011-05-01",
    sourceIds: [hrw.id, hrw.id],
  });
  await makeEvent(client, { title: "Draft event", status: "DRAFT", sourceIds: [hrw.id] });
  await makeEvent(client, { title: "Trashed event", deleted: true, sourceIds: [hrw.id] });
  const series = await makeRatingSeries(client, { name: "Freedom in the World" });
  await makeRating(client, { seriesId: series.id, year: 2012, citations: [hrw.id] });
  await makeRating(client, { seriesId: series.id, year: 2011, citations: [hrw.id] });
  await makeRating(client, {
    seriesId: series.id,
    year: 2013,
    workflowStatus: "DRAFT",
    citations: [hrw.id],
  });
  slugs.series = series.slug;
});

describe("source.list", () => {
  it("lists published, live sources by title", async () => {
    const { items, total, nextCursor } = await caller.source.list();
    expect(total).toBe(10);
    expect(nextCursor).toBeNull();
    expect(items.map((s) => s.title).slice(0, 2)).toEqual([
      "Law on Religious Activity",
      "Protesters detained",
    ]);
    expect(items.map((s) => s.title)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Draft|review|Archived|Trashed/)]),
    );
    expect(items.find((s) => s.slug === slugs.hrw)).toEqual({
      id: expect.any(String),
      slug: slugs.hrw,
      title: "World Report 2012: Kazakhstan",
      publisher: "Human Rights Watch",
      kind: "report",
      url: "https://www.hrw.org/world-report/2012",
      publishedDate: "2012-01-22",
    });
  });

  it("filters by kind", async () => {
    expect((await caller.source.list({ kind: "law" })).items.map((s) => s.slug)).toEqual([
      slugs.law,
    ]);
    expect((await caller.source.list({ kind: "statement" })).total).toBe(7);
    expect((await caller.source.list({ kind: "dataset" })).total).toBe(0);
  });

  it("searches title, publisher and notes by stem and prefix", async () => {
    const titles = async (q: string) => (await caller.source.list({ q })).items.map((s) => s.title);
    expect(await titles("protester")).toEqual(["Protesters detained"]);
    expect(await titles("activities")).toEqual(["Law on Religious Activity"]);
    expect(await titles("Human Rights")).toEqual(["World Report 2012: Kazakhstan"]);
    expect(await titles("Kazakh")).toEqual(["World Report 2012: Kazakhstan"]);
    expect(await titles("shooting")).toEqual(["World Report 2012: Kazakhstan"]);
    expect(await titles("draft report")).toEqual([]);
    expect(await titles(`"); DELETE FROM "Source" --`)).toEqual([]);
    expect((await caller.source.list({ q: "statement", kind: "news" })).total).toBe(0);
  });

  it.each([1, 3, 4])("walks pages of %i with no duplicates or gaps", async (limit) => {
    const full = await caller.source.list({ limit: 100 });
    const walked = await walkPages((cursor) => caller.source.list({ limit, cursor }));
    expect(walked.items.map((s) => s.id)).toEqual(full.items.map((s) => s.id));
    expect(new Set(walked.totals)).toEqual(new Set([full.total]));
    const statements = await walkPages((cursor) =>
      caller.source.list({ kind: "statement", limit: 2, cursor }),
    );
    expect(new Set(statements.items.map((s) => s.id)).size).toBe(7);
  });

  it.each([
    [{ kind: "book" }, "kind"],
    [{ kind: "REPORT" }, "kind"],
    [{ limit: 0 }, "limit"],
    [{ limit: 1.5 }, "limit"],
    [{ q: "" }, "q"],
    [{ cursor: "%%%" }, "cursor"],
  ])("refuses %j with BAD_REQUEST naming the field", async (input, field) => {
    await expectBadRequest(caller.source.list(input as never), field);
  });
});

describe("source.bySlug", () => {
  it("returns the source and the published records that cite it", async () => {
    const source = await caller.source.bySlug({ slug: slugs.hrw! });
    expect(source).toMatchObject({
      slug: slugs.hrw,
      title: "World Report 2012: Kazakhstan",
      kind: "report",
      publishedDate: "2012-01-22",
      accessedDate: null,
      notes: "Covers the Zhanaozen shootings.",
    });
    expect(source.events.map((e) => e.title)).toEqual(["Earlier", "Zhanaozen"]);
    expect(source.events[1]).toMatchObject({ topics: [{ name: "Labour" }], sourceCount: 1 });
    expect(source.ratings).toEqual([
      { series: slugs.series, seriesName: "Freedom in the World", year: 2011 },
      { series: slugs.series, seriesName: "Freedom in the World", year: 2012 },
    ]);
    expect(source.topics.map((t) => t.name)).toEqual(["Intro", "Labour"]);
  });

  it("returns empty lists for a source nothing cites", async () => {
    const source = await caller.source.bySlug({ slug: slugs.law! });
    expect(source).toMatchObject({ events: [], ratings: [], topics: [] });
  });

  itAnswersNotFoundFor(["Draft report", "Report in review", "Archived report", "trashed"], (key) =>
    caller.source.bySlug({ slug: slugs[key]! }),
  );

  it("answers NOT_FOUND for an unknown slug and BAD_REQUEST for a malformed one", async () => {
    await expectNotFound(caller.source.bySlug({ slug: "nope" }));
    await expectBadRequest(caller.source.bySlug({ slug: "<script>" }), "slug");
  });
});
