import { makeRating, makeRatingSeries, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import { callerFor, failure, outcome } from "../testing/admin-caller";

const { db, users, as } = useTestDatabaseWithRoles();
const HEADER = "year,politicalRights,civilLiberties,status,headOfState,rank,score,note";

describe("ratings import", () => {
  it("previews row by row: new years, changed years, unchanged years, invalid rows", async () => {
    const series = await makeRatingSeries(db());
    await makeRating(db(), {
      seriesId: series.id,
      year: 2022,
      politicalRights: 7,
      civilLiberties: 5,
      status: "NOT_FREE",
    });
    await makeRating(db(), {
      seriesId: series.id,
      year: 2021,
      politicalRights: 7,
      civilLiberties: 5,
      status: "NOT_FREE",
    });
    const preview = await as.EDITOR.rating.importPreview({
      seriesId: series.id,
      csv: `${HEADER}\n2023,7,5,Not Free,,,,\n2022,6,5,Not Free,,,,\n2021,7,5,Not Free,,,,\n2020,9,5,,,,,`,
    });
    expect(preview.valid).toBe(false);
    expect(preview.counts).toEqual({ create: 1, update: 1, unchanged: 1, invalid: 1 });
    expect(preview.rows.map((r) => [r.line, r.year, r.action, r.changes])).toEqual([
      [2, 2023, "create", []],
      [3, 2022, "update", ["politicalRights"]],
      [4, 2021, "unchanged", []],
      [5, 2020, "invalid", []],
    ]);
    expect(preview.rows[3]?.errors[0]).toMatch(/politicalRights/);
  });

  it("writes nothing when any row is invalid", async () => {
    const series = await makeRatingSeries(db());
    const source = await makeSource(db());
    const before = {
      ratings: await db().rating.count(),
      revisions: await db().revision.count(),
      audit: await db().auditLog.count(),
    };
    const error = await failure(
      as.EDITOR.rating.importCommit({
        seriesId: series.id,
        sourceId: source.id,
        csv: `${HEADER}\n2023,7,5,Not Free,,,,\n2024,7,5,Maybe,,,,`,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toMatchObject({
      details: { fieldErrors: { "rows.3": [expect.stringMatching(/status/)] } },
    });
    expect({
      ratings: await db().rating.count(),
      revisions: await db().revision.count(),
      audit: await db().auditLog.count(),
    }).toEqual(before);
  });

  it("imports in one transaction with one audit entry: new years as drafts, published years as pending changes", async () => {
    const series = await makeRatingSeries(db());
    const source = await makeSource(db());
    const published = await makeRating(db(), {
      seriesId: series.id,
      year: 2022,
      politicalRights: 7,
      civilLiberties: 5,
      status: "NOT_FREE",
    });
    const result = await as.EDITOR.rating.importCommit({
      seriesId: series.id,
      sourceId: source.id,
      csv: `${HEADER}\n2023,7,5,Not Free,Tokayev,,23,\n2024,7,4,Not Free,Tokayev,,24,\n2022,6,5,Not Free,,,,`,
      changeNote: "Freedom in the World 2024",
    });
    expect(result).toEqual({ created: [2023, 2024], updated: [2022], unchanged: [] });
    const created = await db().rating.findMany({
      where: { seriesId: series.id, year: { in: [2023, 2024] } },
      include: { citations: true },
    });
    expect(
      created.map((r) => [r.year, r.workflowStatus, r.citations.map((c) => c.sourceId)]),
    ).toEqual(
      expect.arrayContaining([
        [2023, "DRAFT", [source.id]],
        [2024, "DRAFT", [source.id]],
      ]),
    );
    const publishedRow = await db().rating.findUniqueOrThrow({ where: { id: published.id } });
    expect(publishedRow.politicalRights).toBe(7);
    expect(publishedRow.pendingChanges).toMatchObject({
      politicalRights: 6,
      changeNote: "Freedom in the World 2024",
    });
    const page = await publicCaller(db()).rating.list({ series: series.slug });
    expect(page.items.map((r) => [r.year, r.politicalRights])).toEqual([[2022, 7]]);
    expect(
      await db().auditLog.count({ where: { action: "rating.import", entityId: series.id } }),
    ).toBe(1);
    expect(
      await db().revision.count({ where: { entityType: "RATING", action: "import" } }),
    ).toBeGreaterThanOrEqual(3);

    await as.EDITOR.rating.admin.publish({ id: published.id, expectedVersion: 2 });
    const after = await publicCaller(db()).rating.list({ series: series.slug });
    expect(after.items.map((r) => [r.year, r.politicalRights])).toEqual([[2022, 6]]);
  });

  it("is for editors", async () => {
    const series = await makeRatingSeries(db());
    const source = await makeSource(db());
    const contributor = callerFor(db(), users.CONTRIBUTOR);
    expect(
      await outcome(
        contributor.rating.importCommit({
          seriesId: series.id,
          sourceId: source.id,
          csv: `${HEADER}\n2023,1,1,,,,,`,
        }),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("rating form", () => {
  it("creates, refuses a second rating for a year, and publishes with series tags", async () => {
    const series = await makeRatingSeries(db());
    const source = await makeSource(db());
    const form = {
      seriesId: series.id,
      year: 2030,
      politicalRights: 6,
      civilLiberties: 5,
      status: "not_free" as const,
      citations: [{ sourceId: source.id, locator: "Kazakhstan" }],
    };
    const contributor = callerFor(db(), users.CONTRIBUTOR);
    const { id } = await contributor.rating.admin.create(form);
    const dup = await failure(contributor.rating.admin.create(form));
    expect(dup.cause).toMatchObject({ details: { fieldErrors: { year: [expect.any(String)] } } });
    expect(
      await outcome(contributor.rating.admin.create({ ...form, year: 2031, politicalRights: 8 })),
    ).toBe("BAD_REQUEST");
    const calls: string[][] = [];
    const spyEditor = callerFor(db(), users.EDITOR, {
      revalidate: async (tags) => void calls.push(tags),
    });
    await spyEditor.rating.admin.publish({ id, expectedVersion: 1 });
    expect(calls).toEqual([
      ["rating-series:" + series.slug, "ratings", `source:${source.slug}`, "sources"],
    ]);
    const edit = await as.EDITOR.rating.admin.getForEdit({ id });
    expect(edit).toMatchObject({
      status: "PUBLISHED",
      form: { year: 2030, status: "not_free" },
      series: { id: series.id },
    });
    const list = await as.EDITOR.rating.admin.list({ seriesId: series.id });
    expect(list.items.map((r) => [r.year, r.status, r.freedomStatus])).toEqual([
      [2030, "PUBLISHED", "not_free"],
    ]);
  });
});
