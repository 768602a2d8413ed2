import { makeRating, makeRatingSeries, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest, expectNotFound } from "../testing/public-caller";

const slugs: Record<string, string> = {};
const { caller } = useSeededTestDatabase(async (client) => {
  const fitw = await makeRatingSeries(client, {
    name: "Freedom in the World",
    publisher: "Freedom House",
    position: 0,
  });
  const rol = await makeRatingSeries(client, { name: "Rule of Law Index", position: 1 });
  const empty = await makeRatingSeries(client, { name: "Nothing published yet", position: 2 });
  Object.assign(slugs, { fitw: fitw.slug, rol: rol.slug, empty: empty.slug });

  const fh = await makeSource(client, {
    title: "Freedom in the World 2012",
    publisher: "Freedom House",
  });
  const hidden = await makeSource(client, { title: "Draft source", status: "DRAFT" });
  const extra = await makeSource(client, { title: "Extra" });

  // Inserted out of order on purpose.
  await makeRating(client, {
    seriesId: fitw.id,
    year: 2011,
    politicalRights: 6,
    civilLiberties: 5,
    status: "NOT_FREE",
    headOfState: "Nursultan Nazarbayev",
    citations: [hidden.id, { sourceId: fh.id, locator: "Kazakhstan", quote: "Not Free" }, extra.id],
  });
  await makeRating(client, {
    seriesId: fitw.id,
    year: 1991,
    politicalRights: 5,
    civilLiberties: 4,
    status: "PARTLY_FREE",
  });
  await makeRating(client, { seriesId: fitw.id, year: 1992, note: "no status given" });
  await makeRating(client, { seriesId: fitw.id, year: 1990, workflowStatus: "DRAFT" });
  await makeRating(client, { seriesId: fitw.id, year: 2012, workflowStatus: "IN_REVIEW" });
  await makeRating(client, { seriesId: fitw.id, year: 2013, workflowStatus: "ARCHIVED" });
  await makeRating(client, { seriesId: fitw.id, year: 2014, deleted: true });
  await makeRating(client, { seriesId: rol.id, year: 2015, rank: 65, score: 0.5 });
  await makeRating(client, { seriesId: rol.id, year: 2020, rank: 62 });
  await makeRating(client, { seriesId: empty.id, year: 2000, workflowStatus: "DRAFT" });
});

/** The "Freedom in the World" series as both endpoints describe it, less its slug. */
const freedomInTheWorld = {
  name: "Freedom in the World",
  publisher: "Freedom House",
  description: expect.any(String),
  scaleDescription: "1 is most free, 7 is least free",
  yearNote: "The year covered",
};

describe("rating.seriesList", () => {
  it("lists every series in order with the span of its published years", async () => {
    expect(await caller.rating.seriesList()).toEqual([
      { slug: slugs.fitw, ...freedomInTheWorld, years: [1991, 2011] },
      expect.objectContaining({ slug: slugs.rol, years: [2015, 2020] }),
      expect.objectContaining({ slug: slugs.empty, years: null }),
    ]);
  });
});

describe("rating.list", () => {
  it("returns the series and its published ratings by year", async () => {
    const { series, items } = await caller.rating.list({ series: slugs.fitw! });
    expect(series).toEqual({ slug: slugs.fitw, ...freedomInTheWorld });
    expect(items.map((r) => r.year)).toEqual([1991, 1992, 2011]);
  });

  it("spells the Freedom House status as a lowercase value with its label", async () => {
    const { items } = await caller.rating.list({ series: slugs.fitw! });
    expect(items[0]).toMatchObject({ status: "partly_free", statusLabel: "Partly Free" });
    expect(items[1]).toMatchObject({ status: null, statusLabel: null, note: "no status given" });
    expect(items[2]).toEqual({
      year: 2011,
      politicalRights: 6,
      civilLiberties: 5,
      status: "not_free",
      statusLabel: "Not Free",
      rank: null,
      score: null,
      headOfState: "Nursultan Nazarbayev",
      note: null,
      citations: [
        {
          source: {
            slug: expect.any(String),
            title: "Freedom in the World 2012",
            publisher: "Freedom House",
            url: null,
          },
          locator: "Kazakhstan",
          quote: "Not Free",
          attributedTo: null,
          attributedActor: null,
        },
        expect.objectContaining({ source: expect.objectContaining({ title: "Extra" }) }),
      ],
    });
  });

  it("carries ranks and scores", async () => {
    const { items } = await caller.rating.list({ series: slugs.rol! });
    expect(items.map((r) => [r.year, r.rank, r.score])).toEqual([
      [2015, 65, 0.5],
      [2020, 62, null],
    ]);
  });

  it("lists no unpublished rating", async () => {
    expect((await caller.rating.list({ series: slugs.empty! })).items).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown series", async () => {
    await expectNotFound(caller.rating.list({ series: "no-such-series" }));
  });

  it.each([[{ series: "Freedom House!" }], [{}], [{ series: 7 }]])(
    "refuses %j with BAD_REQUEST on series",
    async (input) => {
      await expectBadRequest(caller.rating.list(input as never), "series");
    },
  );
});
