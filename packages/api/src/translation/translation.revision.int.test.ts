import { makeEvent, makeRatingSeries } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import type { AppError } from "../errors";
import { callerFor, failure, outcome } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";

const { db, as, users } = useTestDatabaseWithRoles();

const key = (recordId: string, locale: "ru" | "kk" = "ru") =>
  ({ entityType: "EVENT", recordId, locale }) as const;

/** A translation's history, as the translation editor reads it. */
const historyOf = async (recordId: string, locale: "ru" | "kk" = "ru") =>
  (await as.VIEWER.revision.list({ entityType: "EVENT", entityId: recordId, locale })).items;

describe("a translation's revisions", () => {
  it("makes a revision of each save and publish, with its author and language, apart from the record's", async () => {
    const event = await makeEvent(db(), { title: "Oil workers strike in Zhanaozen" });
    await as.CONTRIBUTOR.translation.save({
      ...key(event.id),
      fields: [{ field: "title", text: "Забастовка в Жанаозене", expectedVersion: null }],
    });
    const [title] = (await as.CONTRIBUTOR.translation.get(key(event.id))).fields;
    await as.CONTRIBUTOR.translation.save({
      ...key(event.id),
      fields: [
        {
          field: "title",
          text: "Забастовка нефтяников в Жанаозене",
          expectedVersion: title!.version,
        },
        { field: "summary", text: "Нефтяники объявили забастовку.", expectedVersion: null },
      ],
    });
    await as.EDITOR.translation.publish({ ...key(event.id), reviewed: true });

    const history = await historyOf(event.id);
    expect(history.map((r) => [r.version, r.action, r.locale, r.entityType, r.author?.id])).toEqual(
      [
        [3, "publish", "ru", "EVENT", users.EDITOR.id],
        [2, "update", "ru", "EVENT", users.CONTRIBUTOR.id],
        [1, "update", "ru", "EVENT", users.CONTRIBUTOR.id],
      ],
    );
    // Each holds the whole working translation then.
    const first = await as.VIEWER.revision.get({ id: history[2]!.id });
    expect(first.snapshot).toEqual({ title: "Забастовка в Жанаозене" });
    // What changed between two, as a record's history shows it.
    const diff = await as.VIEWER.revision.diff({ a: history[2]!.id, b: history[1]!.id });
    expect([...diff.changedFields].sort()).toEqual(["summary", "title"]);

    // Another language's history and the record's own are apart.
    expect(await historyOf(event.id, "kk")).toEqual([]);
    expect(
      (await as.VIEWER.revision.list({ entityType: "EVENT", entityId: event.id })).items,
    ).toEqual([]);
  });

  it("refuses a stale save as a conflict, writing no revision", async () => {
    const event = await makeEvent(db());
    const field = { field: "title", text: "Первый перевод", expectedVersion: null };
    await as.CONTRIBUTOR.translation.save({ ...key(event.id), fields: [field] });
    // A second translator started before the first one saved.
    const stale = await failure(
      as.EDITOR.translation.save({ ...key(event.id), fields: [{ ...field, text: "Второй" }] }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/changed by someone else/);
    expect((await historyOf(event.id)).map((r) => r.version)).toEqual([1]);
  });

  it("lets a contributor save but not publish or restore; an editor restores from the version seen", async () => {
    const event = await makeEvent(db());
    const save = (text: string, expectedVersion: number | null) =>
      as.CONTRIBUTOR.translation.save({
        ...key(event.id, "kk"),
        fields: [{ field: "summary", text, expectedVersion }],
      });
    await save("Бірінші аударма", null);
    await save("Екінші аударма", 1);
    const publish = { ...key(event.id, "kk"), reviewed: false };
    expect(await outcome(as.CONTRIBUTOR.translation.publish(publish))).toBe("FORBIDDEN");
    await as.EDITOR.translation.publish(publish);

    const [published, , firstSave] = await historyOf(event.id, "kk");
    const restore = { revisionId: firstSave!.id, expectedVersion: published!.version };
    expect(await outcome(as.CONTRIBUTOR.revision.restore(restore))).toBe("FORBIDDEN");
    // From a version that is no longer the latest: the records' conflict, with the current one.
    const stale = await failure(as.EDITOR.revision.restore({ ...restore, expectedVersion: 2 }));
    expect(stale.code).toBe("CONFLICT");
    expect((stale.cause as AppError).details).toMatchObject({ currentVersion: 3 });

    const restored = await as.EDITOR.revision.restore(restore);
    expect(restored).toEqual({ id: event.id, version: 4, hasPendingChanges: true });
    const [latest] = await historyOf(event.id, "kk");
    expect(latest).toMatchObject({
      version: 4,
      action: "restoreRevision",
      locale: "kk",
      note: "Restored version 1",
      author: { id: users.EDITOR.id },
    });
    // A draft again: the public page keeps the published text until it is published.
    const summary = (await as.VIEWER.translation.get(key(event.id, "kk"))).fields.find(
      (f) => f.field === "summary",
    )!;
    expect(summary).toMatchObject({ text: "Бірінші аударма", state: "draft" });
    const page = await callerFor(db(), null).event.bySlug({ slug: event.slug, locale: "kk" });
    expect(page.summary).toBe("Екінші аударма");
    const audit = await db().auditLog.findMany({
      where: { entityId: event.id, action: { startsWith: "translation." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "translation.save",
      "translation.save",
      "translation.publish",
      "translation.restoreRevision",
    ]);
  });

  it("keeps the history of a translatable part that is not a collection (a rating series)", async () => {
    const series = await makeRatingSeries(db());
    await as.CONTRIBUTOR.translation.save({
      entityType: "RATING_SERIES",
      recordId: series.id,
      locale: "ru",
      fields: [{ field: "name", text: "Свобода в мире", expectedVersion: null }],
    });
    const history = await as.VIEWER.revision.list({
      entityType: "RATING_SERIES",
      entityId: series.id,
      locale: "ru",
    });
    expect(history.items.map((r) => [r.version, r.entityType])).toEqual([[1, "RATING_SERIES"]]);
  });
});
