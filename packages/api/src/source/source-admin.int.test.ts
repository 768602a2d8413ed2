// The source form's address rules (http(s) only, one source per document, archive copies) and
// verification, and the dashboard's list of sources needing work.
import { makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { failure, reportForm } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { expectBadRequest, publicCaller } from "../testing/public-caller";

const { db, as } = useTestDatabaseWithRoles("source_admin");

describe("a source's address", () => {
  it("is refused, naming the other source, when another source has the same document's address", async () => {
    const hrw = await as.EDITOR.source.admin.create({
      ...reportForm("World Report 2012: Kazakhstan"),
      url: "https://www.hrw.org/world-report/2012/country-chapters/kazakhstan",
    });
    const before = await db().source.count();

    const error = await failure(
      as.EDITOR.source.admin.create({
        ...reportForm("Same report again"),
        url: "http://hrw.org/world-report/2012/country-chapters/kazakhstan/?utm_source=feed",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('"World Report 2012: Kazakhstan"');
    expect(await db().source.count()).toBe(before);

    // Its own address, saved again, is no duplicate.
    const { form } = await as.EDITOR.source.admin.getForEdit({ id: hrw.id });
    await expect(
      as.EDITOR.source.admin.update({ ...form, id: hrw.id, expectedVersion: 1, notes: "Checked." }),
    ).resolves.toMatchObject({ version: 2 });
  });

  it("accepts only http(s), and an archive copy only from the web archives", async () => {
    const before = await db().source.count();
    await expectBadRequest(
      as.EDITOR.source.admin.create({ ...reportForm(), url: "javascript:alert(1)" }),
      "url",
    );
    await expectBadRequest(
      as.EDITOR.source.admin.create({
        ...reportForm(),
        archiveUrl: "https://example.org/copy-of-report",
      }),
      "archiveUrl",
    );
    expect(await db().source.count()).toBe(before);
  });

  it("keeps its archive copy and verification: who, when and how", async () => {
    const verified = {
      url: "https://freedomhouse.org/country/kazakhstan/freedom-world/2023",
      archiveUrl:
        "https://web.archive.org/web/2023/https://freedomhouse.org/country/kazakhstan/freedom-world/2023",
      verifiedBy: "A. Editor",
      verifiedOn: "2026-12-07",
      verificationNote: "Stored copy shows the title and Freedom House as publisher.",
    };
    const { id } = await as.EDITOR.source.admin.create({ ...reportForm("FIW 2023"), ...verified });
    const edit = await as.VIEWER.source.admin.getForEdit({ id });
    expect(edit.form).toMatchObject(verified);
    expect(edit.lastCheck).toBeNull();

    // The public page shows the copy and where to look the address up in the Wayback Machine.
    await as.EDITOR.source.admin.publish({ id, expectedVersion: 1 });
    const { slug } = await db().source.findUniqueOrThrow({ where: { id } });
    expect(await publicCaller(db()).source.bySlug({ slug })).toMatchObject({
      url: verified.url,
      archiveUrl: verified.archiveUrl,
      waybackUrl: `https://web.archive.org/web/*/${verified.url}`,
    });
  });
});

describe("source.admin.needingWork", () => {
  it("lists sources with no address, a failing address or no archive copy", async () => {
    await db().sourceCheck.deleteMany();
    await db().source.deleteMany();
    const noUrl = await makeSource(db(), { title: "A no-url source" });
    const failing = await makeSource(db(), { title: "B failing", url: "https://gone.example/a" });
    const fixed = await makeSource(db(), { title: "C fixed", url: "https://new.example/b" });
    await db().source.update({
      where: { id: failing.id },
      data: { archiveUrl: "https://perma.cc/ABCD-1234" },
    });
    await db().sourceCheck.createMany({
      data: [
        { sourceId: failing.id, url: "https://gone.example/a", result: "BROKEN", httpStatus: 404 },
        // A failure of an address the source no longer has is not its failure.
        { sourceId: fixed.id, url: "https://old.example/b", result: "UNREACHABLE" },
      ],
    });
    await makeSource(db(), { title: "Trashed", deleted: true });

    const lists = await as.VIEWER.source.admin.needingWork({ limit: 20 });

    expect(lists.noUrl).toEqual({
      total: 1,
      items: [{ id: noUrl.id, slug: noUrl.slug, title: "A no-url source" }],
    });
    expect(lists.failing.items.map((s) => [s.title, s.check.httpStatus])).toEqual([
      ["B failing", 404],
    ]);
    expect(lists.noArchive.items.map((s) => s.title)).toEqual(["C fixed"]);
    expect((await failure(publicCaller(db()).source.admin.needingWork({}))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});
