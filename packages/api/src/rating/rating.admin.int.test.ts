import { makeRating, makeRatingSeries } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, outcome } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";

const { db, users } = useTestDatabaseWithRoles();

describe("rating.admin.seriesList", () => {
  it("lists every series with its id, in display order, counting ratings outside the trash", async () => {
    const second = await makeRatingSeries(db(), { name: "Second", position: 2 });
    const first = await makeRatingSeries(db(), { name: "First", position: 1 });
    await makeRating(db(), { seriesId: first.id, year: 2020, workflowStatus: "DRAFT" });
    await makeRating(db(), { seriesId: first.id, year: 2021 });
    await makeRating(db(), { seriesId: first.id, year: 2022, deleted: true });

    const list = await callerFor(db(), users.VIEWER).rating.admin.seriesList();
    expect(list).toEqual([
      { id: first.id, slug: first.slug, name: "First", ratingCount: 2 },
      { id: second.id, slug: second.slug, name: "Second", ratingCount: 0 },
    ]);
  });

  it("is not for anonymous callers", async () => {
    expect(await outcome(callerFor(db(), null).rating.admin.seriesList())).toBe("UNAUTHORIZED");
  });
});
