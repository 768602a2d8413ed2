import { makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import {
  callerFor,
  editEvent,
  eventFormInput,
  failure,
  outcome,
  personForm,
  reportForm,
  revalidateSpy,
} from "../testing/admin-caller";

const { db, users, as } = useTestDatabaseWithRoles();

async function eventWithHistory() {
  const source = await makeSource(db());
  const { id } = await as.CONTRIBUTOR.event.admin.create(
    eventFormInput({ title: "First", citations: [{ sourceId: source.id, locator: "p. 1" }] }),
  );
  await editEvent(as.CONTRIBUTOR, id, 1, {
    title: "Second",
    citations: [{ sourceId: source.id, locator: "p. 2" }],
    changeNote: "Better locator",
  });
  const revisions = (await as.VIEWER.revision.list({ entityType: "EVENT", entityId: id })).items;
  return { id, source, revisions };
}

describe("revisions", () => {
  it("lists a record's history newest first and diffs two revisions field by field", async () => {
    const { revisions, source } = await eventWithHistory();
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    const [second, first] = revisions;
    const diff = await as.VIEWER.revision.diff({ a: first!.id, b: second!.id });
    expect(diff.changedFields).toEqual(["title", "citations"]);
    // The cited source by its title, read from the database, not by its id.
    const { title: sourceTitle } = await db().source.findUniqueOrThrow({
      where: { id: source.id },
    });
    expect(diff.changes).toEqual([
      {
        path: "title",
        field: "title",
        kind: "changed",
        before: "First",
        after: "Second",
        item: false,
      },
      {
        path: "citations",
        field: "citations",
        kind: "changed",
        before: `“${sourceTitle}” — p. 1`,
        after: `“${sourceTitle}” — p. 2`,
        item: true,
      },
    ]);
    const full = await as.VIEWER.revision.get({ id: first!.id });
    expect(full.snapshot).toMatchObject({
      title: "First",
      workflowStatus: "DRAFT",
      inTrash: false,
    });
  });

  it("refuses to diff revisions of different records", async () => {
    const a = await eventWithHistory();
    const b = await eventWithHistory();
    const error = await failure(
      as.VIEWER.revision.diff({ a: a.revisions[0]!.id, b: b.revisions[0]!.id }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("restores a revision as a new revision (editors only), checking the version", async () => {
    const { id, revisions } = await eventWithHistory();
    const first = revisions.at(-1)!;
    expect(
      await outcome(as.CONTRIBUTOR.revision.restore({ revisionId: first.id, expectedVersion: 2 })),
    ).toBe("FORBIDDEN");
    expect(
      await outcome(as.EDITOR.revision.restore({ revisionId: first.id, expectedVersion: 1 })),
    ).toBe("CONFLICT");
    const restored = await as.EDITOR.revision.restore({ revisionId: first.id, expectedVersion: 2 });
    expect(restored).toEqual({ id, version: 3, hasPendingChanges: false });
    const edit = await as.VIEWER.event.admin.getForEdit({ id });
    expect(edit.form).toMatchObject({
      title: "First",
      citations: [expect.objectContaining({ locator: "p. 1" })],
    });
    const latest = (await as.VIEWER.revision.list({ entityType: "EVENT", entityId: id })).items[0];
    expect(latest).toMatchObject({
      version: 3,
      action: "restoreRevision",
      note: "Restored version 1",
    });
  });

  it("restores into pending changes when the record is published", async () => {
    const { id, revisions } = await eventWithHistory();
    const spy = revalidateSpy();
    const editor = callerFor(db(), users.EDITOR, { revalidate: spy.revalidate });
    await editor.event.admin.publish({ id, expectedVersion: 2 });
    const { slug } = await db().event.findUniqueOrThrow({ where: { id } });
    const restored = await editor.revision.restore({
      revisionId: revisions.at(-1)!.id,
      expectedVersion: 3,
      note: "Back to the first title",
    });
    expect(restored.hasPendingChanges).toBe(true);
    expect((await publicCaller(db()).event.bySlug({ slug })).title).toBe("Second");
    await editor.event.admin.publish({ id, expectedVersion: 4 });
    const page = await publicCaller(db()).event.bySlug({ slug });
    expect(page).toMatchObject({ title: "First", lastUpdateNote: "Back to the first title" });
    expect(spy.calls).toHaveLength(2);
  });

  it("keeps history for sources, topics, ratings, actors and places too", async () => {
    const { id } = await as.CONTRIBUTOR.source.admin.create({
      ...reportForm(),
      url: "https://example.org/report",
    });
    await as.CONTRIBUTOR.source.admin.update({
      id,
      expectedVersion: 1,
      title: "A better report",
      publisher: "HRW",
      kind: "report",
      notes: "",
    });
    const sourceHistory = await as.VIEWER.revision.list({ entityType: "SOURCE", entityId: id });
    expect(sourceHistory.total).toBe(2);
    await as.EDITOR.revision.restore({
      revisionId: sourceHistory.items[1]!.id,
      expectedVersion: 2,
    });
    expect((await as.VIEWER.source.admin.getForEdit({ id })).form.title).toBe("A report");

    const actor = await as.EDITOR.actor.admin.create(personForm("Someone"));
    await as.EDITOR.actor.admin.update({
      id: actor.id,
      expectedVersion: 1,
      ...personForm("Someone else"),
    });
    const actorHistory = await as.VIEWER.revision.list({ entityType: "ACTOR", entityId: actor.id });
    const back = await as.EDITOR.revision.restore({
      revisionId: actorHistory.items[1]!.id,
      expectedVersion: 2,
    });
    expect(back.version).toBe(3);
    expect((await as.VIEWER.actor.admin.getForEdit({ id: actor.id })).form.name).toBe("Someone");
  });
});
