import { makeEvent, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { COLLECTIONS } from "../collections";
import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import { callerFor, editEvent, eventFormInput, failure, personForm } from "../testing/admin-caller";

const { db, users, as } = useTestDatabaseWithRoles();

describe("sources and topics", () => {
  it("publishes a source and revalidates the pages that cite it", async () => {
    const source = await as.CONTRIBUTOR.source.admin.create({
      title: "Amnesty report on Zhanaozen",
      slug: "",
      publisher: "Amnesty International",
      kind: "report",
      url: "https://www.amnesty.org/report",
      publishedDate: "2012-07-01",
      notes: "",
    });
    expect(
      (
        await failure(
          as.CONTRIBUTOR.source.admin.create({
            title: "Bad link",
            publisher: "X",
            kind: "news",
            url: "javascript:alert(1)",
            notes: "",
          }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
    const event = await makeEvent(db(), { sourceIds: [source.id] });
    const calls: string[][] = [];
    const editor = callerFor(db(), users.EDITOR, {
      revalidate: async (tags) => void calls.push(tags),
    });
    await editor.source.admin.publish({ id: source.id, expectedVersion: 1 });
    expect(calls[0]).toEqual([
      `event:${event.slug}`,
      "events",
      "search",
      "source:amnesty-report-on-zhanaozen",
      "sources",
    ]);
    expect(
      (await publicCaller(db()).source.bySlug({ slug: "amnesty-report-on-zhanaozen" })).title,
    ).toBe("Amnesty report on Zhanaozen");
    // The only source of a published event cannot leave the public site; once the event is in
    // the trash it can, but purging a source that is still cited is refused.
    expect(
      (await failure(editor.source.admin.trash({ id: source.id, expectedVersion: 2 }))).message,
    ).toMatch(/left without a published source/);
    await db().event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
    await editor.source.admin.trash({ id: source.id, expectedVersion: 2 });
    const purge = await failure(as.ADMIN.source.admin.purge({ id: source.id, expectedVersion: 3 }));
    expect(purge.code).toBe("CONFLICT");
  });

  it("keeps a published topic's overview until its changes are published", async () => {
    const source = await makeSource(db());
    const topic = await as.CONTRIBUTOR.topic.admin.create({
      name: "Freedom of assembly",
      slug: "",
      overview: "Old overview",
      position: 3,
      citations: [{ sourceId: source.id }],
    });
    await as.EDITOR.topic.admin.publish({ id: topic.id, expectedVersion: 1 });
    const edit = await as.VIEWER.topic.admin.getForEdit({ id: topic.id });
    await as.CONTRIBUTOR.topic.admin.update({
      ...edit.form,
      id: topic.id,
      expectedVersion: 2,
      overview: "New overview",
    });
    expect((await publicCaller(db()).topic.bySlug({ slug: "freedom-of-assembly" })).overview).toBe(
      "Old overview",
    );
    await as.EDITOR.topic.admin.publish({ id: topic.id, expectedVersion: 3 });
    expect((await publicCaller(db()).topic.bySlug({ slug: "freedom-of-assembly" })).overview).toBe(
      "New overview",
    );
  });
});

describe("dashboard", () => {
  it("shows what waits for review, pending changes, the schedule, recent activity and counts", async () => {
    const source = await makeSource(db());
    const waiting = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ title: "Waiting event", citations: [{ sourceId: source.id }] }),
    );
    await as.CONTRIBUTOR.event.admin.submit({ id: waiting.id, expectedVersion: 1 });
    const scheduled = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ title: "Scheduled event", citations: [{ sourceId: source.id }] }),
    );
    const at = new Date(Date.now() + 3_600_000);
    await as.EDITOR.event.admin.schedule({ id: scheduled.id, expectedVersion: 1, publishAt: at });
    const edited = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ title: "Edited event", citations: [{ sourceId: source.id }] }),
    );
    await as.EDITOR.event.admin.publish({ id: edited.id, expectedVersion: 1 });
    await editEvent(as.CONTRIBUTOR, edited.id, 2, { summary: "Changed" });
    // People and places wait for review like any record.
    const person = await as.CONTRIBUTOR.actor.admin.create(personForm("Waiting witness"));
    await as.CONTRIBUTOR.actor.admin.submit({ id: person.id, expectedVersion: 1 });
    const trashed = await as.CONTRIBUTOR.place.admin.create({ name: "Gone", otherNames: [] });
    await as.EDITOR.place.admin.trash({ id: trashed.id, expectedVersion: 1 });

    const summary = await as.VIEWER.dashboard.summary();
    expect(summary.waitingForReview.map((i) => i.title)).toEqual(
      expect.arrayContaining(["Waiting event", "Waiting witness"]),
    );
    expect(summary.waitingForReview.find((i) => i.id === person.id)?.entityType).toBe("ACTOR");
    expect(summary.scheduled).toMatchObject([{ id: scheduled.id, publishAt: at }]);
    expect(summary.pendingChanges.map((i) => i.id)).toContain(edited.id);
    expect(summary.counts).toMatchObject({ inReview: 2, scheduled: 1 });
    expect(summary.counts.inTrash).toBeGreaterThanOrEqual(1);
    expect(summary.counts.pendingChanges).toBeGreaterThanOrEqual(1);
    expect(summary.recentActivity[0]).toMatchObject({
      action: "place.trash",
      entityId: trashed.id,
      entityTitle: "Gone",
      actorLabel: users.EDITOR.email,
    });
    expect(summary.recentActivity[0]).not.toHaveProperty("ip");
    // Every registered collection is counted, by name, in the registry's order.
    expect(summary.collections.map((c) => c.entityType)).toEqual(
      COLLECTIONS.map((c) => c.entityType),
    );
    const counts = (type: string) => summary.collections.find((c) => c.entityType === type)!.counts;
    expect(counts("EVENT").IN_REVIEW).toBe(1);
    expect(counts("ACTOR").IN_REVIEW).toBe(1);
  });
});
