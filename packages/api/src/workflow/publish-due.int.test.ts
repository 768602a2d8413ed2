import { makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import { editEvent, eventFormInput } from "../testing/admin-caller";
import { publishDue } from "./publish-due";

const { db, as } = useTestDatabaseWithRoles();

/** Schedules a record to be published `inMs` after `from`. */
const schedule = (id: string, expectedVersion: number, inMs: number, from = Date.now()) =>
  as.EDITOR.event.admin.schedule({ id, expectedVersion, publishAt: new Date(from + inMs) });

/** A new draft event citing `sourceId`, scheduled a minute from now: its id. */
async function scheduledDraft(sourceId: string): Promise<string> {
  const { id } = await as.EDITOR.event.admin.create(eventFormInput({ citations: [{ sourceId }] }));
  await schedule(id, 1, 60_000);
  return id;
}

describe("publishDue", () => {
  it("publishes what is due and nothing else, once, as the system, with tags after the commit", async () => {
    const now = Date.now();
    const source = await makeSource(db());
    const cite = { citations: [{ sourceId: source.id }] };
    const due = await as.EDITOR.event.admin.create(eventFormInput(cite));
    const later = await as.EDITOR.event.admin.create(eventFormInput(cite));
    const edited = await as.EDITOR.event.admin.create(
      eventFormInput({ ...cite, title: "Old title" }),
    );
    await as.EDITOR.event.admin.publish({ id: edited.id, expectedVersion: 1 });
    await editEvent(as.EDITOR, edited.id, 2, { title: "New title" });

    await schedule(due.id, 1, 60_000, now);
    await schedule(later.id, 1, 3_600_000, now);
    await schedule(edited.id, 3, 60_000, now);

    const calls: string[][] = [];
    const revalidate = async (tags: string[]) => {
      calls.push(tags);
    };
    const tick = new Date(now + 120_000);
    const report = await publishDue(db(), tick, { revalidate });
    expect(report.published.map((p) => p.id).sort()).toEqual([due.id, edited.id].sort());
    expect(report.failed).toEqual([]);
    const [dueRow, laterRow, editedRow] = await Promise.all([
      db().event.findUniqueOrThrow({ where: { id: due.id } }),
      db().event.findUniqueOrThrow({ where: { id: later.id } }),
      db().event.findUniqueOrThrow({ where: { id: edited.id } }),
    ]);
    expect(dueRow).toMatchObject({ status: "PUBLISHED", publishAt: null });
    expect(laterRow).toMatchObject({ status: "DRAFT" });
    expect(laterRow.publishAt).not.toBeNull();
    expect(editedRow).toMatchObject({ title: "New title", pendingChanges: null, publishAt: null });
    expect((await publicCaller(db()).event.bySlug({ slug: dueRow.slug })).id).toBe(due.id);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(
      expect.arrayContaining([`event:${dueRow.slug}`, `event:${editedRow.slug}`, "events"]),
    );
    const audit = await db().auditLog.findMany({
      where: { entityId: due.id, action: "event.publish" },
    });
    expect(audit).toMatchObject([{ actorId: null, actorLabel: "system" }]);

    const again = await publishDue(db(), tick, { revalidate });
    expect(again).toEqual({ published: [], failed: [], tags: [] });
    expect(calls).toHaveLength(1);
    expect(await db().revision.count({ where: { entityId: due.id, action: "publish" } })).toBe(1);
  });

  it("clears the schedule of what can no longer be published, and says why", async () => {
    const source = await makeSource(db());
    const id = await scheduledDraft(source.id);
    await db().source.update({ where: { id: source.id }, data: { status: "DRAFT" } });
    const report = await publishDue(db(), new Date(Date.now() + 120_000));
    expect(report.failed).toMatchObject([
      { id, error: expect.stringMatching(/Publish the cited sources/) },
    ]);
    expect(await db().event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      publishAt: null,
    });
    expect(
      await db().auditLog.count({ where: { entityId: id, action: "event.scheduleFailed" } }),
    ).toBe(1);
  });

  it("runs safely from two workers at once", async () => {
    const source = await makeSource(db());
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await scheduledDraft(source.id));
    const tick = new Date(Date.now() + 120_000);
    const [a, b] = await Promise.all([publishDue(db(), tick), publishDue(db(), tick)]);
    expect([...a.published, ...b.published].map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(await db().revision.count({ where: { entityId: { in: ids }, action: "publish" } })).toBe(
      3,
    );
  });
});
