import { makeActor, makeEvent, makePlace, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import {
  callerFor,
  editEvent,
  eventFormInput,
  failure,
  outcome,
  revalidateSpy,
  type Caller,
} from "../testing/admin-caller";

const { db, users, as } = useTestDatabaseWithRoles();

/** A published source to cite, and a draft event citing it, created by a contributor. */
async function draftEvent(overrides: Parameters<typeof eventFormInput>[0] = {}) {
  const source = await makeSource(db());
  const created = await as.CONTRIBUTOR.event.admin.create(
    eventFormInput({ citations: [{ sourceId: source.id, locator: "p. 3" }], ...overrides }),
  );
  return { ...created, source };
}

/** A draft event and its edit form as saved, to change and save again. */
async function draftEventToEdit() {
  const { id } = await draftEvent();
  const { form } = await as.VIEWER.event.admin.getForEdit({ id });
  return { id, form };
}

async function publishedEvent(overrides: Parameters<typeof eventFormInput>[0] = {}) {
  const draft = await draftEvent(overrides);
  const published = await as.EDITOR.event.admin.publish({ id: draft.id, expectedVersion: 1 });
  const row = await db().event.findUniqueOrThrow({ where: { id: draft.id } });
  return { ...published, slug: row.slug, source: draft.source };
}

describe("creating and saving", () => {
  it("creates a draft with a unique slug from the title, dates at their precision", async () => {
    const first = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({
        title: "Land reform protests",
        startDate: "2016-04-24",
        endDate: "2016-05-21",
        datePrecision: "month",
      }),
    );
    const second = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ title: "Land Reform: protests!" }),
    );
    const third = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ title: "Land reform protests" }),
    );
    expect(first).toMatchObject({ status: "DRAFT", version: 1, hasPendingChanges: false });
    const rows = await db().event.findMany({
      where: { id: { in: [first.id, second.id, third.id] } },
      select: { id: true, slug: true, startDate: true, endDate: true, createdById: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first.id)?.slug).toBe("land-reform-protests");
    expect(byId.get(second.id)?.slug).toBe("land-reform-protests-2");
    expect(byId.get(third.id)?.slug).toBe("land-reform-protests-3");
    expect(byId.get(first.id)?.startDate.toISOString().slice(0, 10)).toBe("2016-04-01");
    expect(byId.get(first.id)?.endDate?.toISOString().slice(0, 10)).toBe("2016-05-01");
    expect(byId.get(first.id)?.createdById).toBe(users.CONTRIBUTOR.id);

    const year = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ startDate: "1995-08-30", datePrecision: "year" }),
    );
    expect((await as.VIEWER.event.admin.getForEdit({ id: year.id })).form.startDate).toBe(
      "1995-01-01",
    );
  });

  it("refuses a slug another event uses, and links to missing records, naming the field", async () => {
    const { id } = await draftEvent({ slug: "taken-slug" });
    expect(id).toBeTruthy();
    const dup = await failure(
      as.CONTRIBUTOR.event.admin.create(eventFormInput({ slug: "taken-slug" })),
    );
    expect(dup.code).toBe("BAD_REQUEST");
    expect(dup.cause).toMatchObject({ details: { fieldErrors: { slug: [expect.any(String)] } } });
    const missing = await failure(
      as.CONTRIBUTOR.event.admin.create(eventFormInput({ topicIds: ["no-such-topic"] })),
    );
    expect(missing.cause).toMatchObject({
      details: { fieldErrors: { topicIds: [expect.any(String)] } },
    });
    const badDates = await failure(
      as.CONTRIBUTOR.event.admin.create(
        eventFormInput({ startDate: "2020-02-02", endDate: "2020-01-01" }),
      ),
    );
    expect(badDates.code).toBe("BAD_REQUEST");
  });

  it("writes a revision, with author and note, per save", async () => {
    const { id, form } = await draftEventToEdit();
    await editEvent(as.CONTRIBUTOR, id, 1, { title: "Second title", changeNote: "Retitled" });
    await as.EDITOR.event.admin.update({ ...form, id, expectedVersion: 2, summary: "New summary" });
    const history = await as.VIEWER.revision.list({ entityType: "EVENT", entityId: id });
    expect(history.items.map((r) => [r.version, r.action, r.note, r.author?.id])).toEqual([
      [3, "update", null, users.EDITOR.id],
      [2, "update", "Retitled", users.CONTRIBUTOR.id],
      [1, "create", null, users.CONTRIBUTOR.id],
    ]);
    const audit = await db().auditLog.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["event.create", "event.update", "event.update"]);
    expect(audit[1]).toMatchObject({
      actorId: users.CONTRIBUTOR.id,
      actorLabel: users.CONTRIBUTOR.email,
      ip: "203.0.113.7",
      details: expect.objectContaining({ changed: ["title"] }),
    });
  });

  it("refuses a stale save with CONFLICT and the current version, and changes nothing", async () => {
    const { id, form } = await draftEventToEdit();
    await editEvent(as.CONTRIBUTOR, id, 1, { title: "First editor" });
    const before = await db().event.findUniqueOrThrow({
      where: { id },
      include: { citations: true },
    });
    const error = await failure(
      as.EDITOR.event.admin.update({
        ...form,
        id,
        expectedVersion: 1,
        title: "Second editor",
        citations: [],
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.cause).toMatchObject({ details: { currentVersion: 2 } });
    const after = await db().event.findUniqueOrThrow({
      where: { id },
      include: { citations: true },
    });
    expect(after).toEqual(before);
    expect(await db().revision.count({ where: { entityId: id } })).toBe(2);
  });

  it("lets exactly one of 20 concurrent saves from one version through", async () => {
    const { id, form } = await draftEventToEdit();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        outcome(
          as.CONTRIBUTOR.event.admin.update({
            ...form,
            id,
            expectedVersion: 1,
            title: `Concurrent ${i}`,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "CONFLICT")).toHaveLength(19);
    expect(await db().revision.count({ where: { entityId: id, version: 2 } })).toBe(1);
    expect(await db().revision.count({ where: { entityId: id } })).toBe(2);
    expect((await db().event.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});

describe("workflow", () => {
  it("goes DRAFT → IN_REVIEW → DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED → DRAFT", async () => {
    const { id } = await draftEvent();
    let v = 1;
    const step = async (
      caller: Caller,
      action: "submit" | "requestChanges" | "publish" | "archive" | "unpublish",
    ) => {
      const r = await caller.event.admin[action]({ id, expectedVersion: v });
      v = r.version;
      return r.status;
    };
    expect(await step(as.CONTRIBUTOR, "submit")).toBe("IN_REVIEW");
    expect(await step(as.EDITOR, "requestChanges")).toBe("DRAFT");
    expect(await step(as.CONTRIBUTOR, "submit")).toBe("IN_REVIEW");
    expect(await step(as.EDITOR, "publish")).toBe("PUBLISHED");
    expect(await step(as.EDITOR, "archive")).toBe("ARCHIVED");
    expect(await step(as.EDITOR, "unpublish")).toBe("DRAFT");
    expect(v).toBe(7);
    const actions = (
      await as.VIEWER.revision.list({ entityType: "EVENT", entityId: id })
    ).items.map((r) => r.action);
    expect(actions).toEqual([
      "unpublish",
      "archive",
      "publish",
      "submit",
      "requestChanges",
      "submit",
      "create",
    ]);
  });

  it("refuses transitions the workflow does not have, with a message, changing nothing", async () => {
    const { id } = await draftEvent();
    const cases = [
      () => as.EDITOR.event.admin.archive({ id, expectedVersion: 1 }),
      () => as.EDITOR.event.admin.unpublish({ id, expectedVersion: 1 }),
      () => as.EDITOR.event.admin.requestChanges({ id, expectedVersion: 1 }),
      () => as.CONTRIBUTOR.event.admin.discardChanges({ id, expectedVersion: 1 }),
      () => as.EDITOR.event.admin.restore({ id, expectedVersion: 1 }),
    ];
    for (const call of cases) {
      const error = await failure(call());
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/event/i);
    }
    expect((await db().event.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("does not let a contributor publish", async () => {
    const { id } = await draftEvent();
    expect(await outcome(as.CONTRIBUTOR.event.admin.publish({ id, expectedVersion: 1 }))).toBe(
      "FORBIDDEN",
    );
    expect((await db().event.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("refuses to publish an event without a citation, or citing an unpublished source", async () => {
    const bare = await as.CONTRIBUTOR.event.admin.create(eventFormInput());
    const error = await failure(as.EDITOR.event.admin.publish({ id: bare.id, expectedVersion: 1 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/without at least one citation/);

    const draftSource = await makeSource(db(), { status: "DRAFT", title: "Unreviewed report" });
    const citing = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ citations: [{ sourceId: draftSource.id }] }),
    );
    const error2 = await failure(
      as.EDITOR.event.admin.publish({ id: citing.id, expectedVersion: 1 }),
    );
    expect(error2.message).toMatch(/Unreviewed report/);
    expect((await db().event.findUniqueOrThrow({ where: { id: citing.id } })).status).toBe("DRAFT");
  });
});

describe("editing a published event", () => {
  it("keeps the public page on the published version until the changes are published", async () => {
    const { id, slug } = await publishedEvent({ title: "Original title" });
    const publicBefore = await publicCaller(db()).event.bySlug({ slug });
    expect(publicBefore.title).toBe("Original title");

    const saved = await editEvent(as.CONTRIBUTOR, id, 2, {
      title: "Corrected title",
      slug: "corrected-slug",
      body: "Corrected body",
      changeNote: "Fixed the title",
    });
    expect(saved).toMatchObject({ status: "PUBLISHED", hasPendingChanges: true, version: 3 });
    expect(await publicCaller(db()).event.bySlug({ slug })).toEqual(publicBefore);
    expect(await outcome(publicCaller(db()).event.bySlug({ slug: "corrected-slug" }))).toBe(
      "NOT_FOUND",
    );

    const edit = await as.VIEWER.event.admin.getForEdit({ id });
    expect(edit.form.title).toBe("Corrected title");
    expect(edit.live?.title).toBe("Original title");
    expect(edit.pendingFields).toEqual(["body", "slug", "title"]);

    const spy = revalidateSpy();
    const editor = callerFor(db(), users.EDITOR, { revalidate: spy.revalidate });
    await editor.event.admin.publish({ id, expectedVersion: 3 });
    const publicAfter = await publicCaller(db()).event.bySlug({ slug: "corrected-slug" });
    expect(publicAfter).toMatchObject({
      title: "Corrected title",
      body: "Corrected body",
      lastUpdateNote: "Fixed the title",
    });
    expect(await outcome(publicCaller(db()).event.bySlug({ slug }))).toBe("NOT_FOUND");
    expect(spy.calls).toHaveLength(1);
    expect(spy.calls[0]).toEqual(
      expect.arrayContaining([`event:${slug}`, "event:corrected-slug", "events", "search"]),
    );
    expect((await as.VIEWER.event.admin.getForEdit({ id })).hasPendingChanges).toBe(false);
  });

  it("discards pending changes, and saving the published content again clears them", async () => {
    const { id, slug } = await publishedEvent({ title: "Stable" });
    // The published content, as an editor opens it before any change.
    const form = (await as.VIEWER.event.admin.getForEdit({ id })).form;
    await editEvent(as.CONTRIBUTOR, id, 2, { title: "Draft idea" });
    const discarded = await as.CONTRIBUTOR.event.admin.discardChanges({ id, expectedVersion: 3 });
    expect(discarded).toMatchObject({ hasPendingChanges: false, version: 4 });
    expect((await as.VIEWER.event.admin.getForEdit({ id })).form.title).toBe("Stable");

    await editEvent(as.CONTRIBUTOR, id, 4, { title: "Another idea" });
    const back = await as.CONTRIBUTOR.event.admin.update({ ...form, id, expectedVersion: 5 });
    expect(back.hasPendingChanges).toBe(false);
    expect((await publicCaller(db()).event.bySlug({ slug })).title).toBe("Stable");
  });

  it("merges pending changes into the draft on unpublish", async () => {
    const { id } = await publishedEvent({ title: "Before" });
    await editEvent(as.CONTRIBUTOR, id, 2, { title: "After" });
    await as.EDITOR.event.admin.unpublish({ id, expectedVersion: 3 });
    const row = await db().event.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", title: "After", pendingChanges: null });
  });
});

describe("cache revalidation", () => {
  it("sends the tags of everything the public page links to, after the commit", async () => {
    const topic = await makeTopic(db(), { name: "Protests" });
    const place = await makePlace(db(), "Zhanaozen");
    const person = await makeActor(db(), "Police");
    const spy = revalidateSpy();
    const { id, source } = await draftEvent({
      topicIds: [topic.id],
      placeIds: [place.id],
      actors: [{ actorId: person.id, role: "detained" }],
    });
    const editor = callerFor(db(), users.EDITOR, { revalidate: spy.revalidate });
    await editor.event.admin.publish({ id, expectedVersion: 1 });
    const { slug } = await db().event.findUniqueOrThrow({ where: { id } });
    expect(spy.calls).toEqual([
      [
        `actor:${person.slug}`,
        "actors",
        `event:${slug}`,
        "events",
        `place:${place.slug}`,
        "places",
        "search",
        `source:${source.slug}`,
        "sources",
        `topic:${topic.slug}`,
        "topics",
      ],
    ]);
  });

  it("is not called when the mutation fails, nor for changes the public does not see", async () => {
    const spy = revalidateSpy();
    const editor = callerFor(db(), users.EDITOR, { revalidate: spy.revalidate });
    const bare = await editor.event.admin.create(eventFormInput());
    expect(await outcome(editor.event.admin.publish({ id: bare.id, expectedVersion: 1 }))).toBe(
      "BAD_REQUEST",
    );
    expect(await outcome(editor.event.admin.submit({ id: bare.id, expectedVersion: 9 }))).toBe(
      "CONFLICT",
    );
    await editor.event.admin.submit({ id: bare.id, expectedVersion: 1 });
    expect(spy.calls).toEqual([]);
  });

  it("never fails a mutation because revalidation failed", async () => {
    const { id } = await draftEvent();
    const editor = callerFor(db(), users.EDITOR, {
      revalidate: () => Promise.reject(new Error("site down")),
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await expect(editor.event.admin.publish({ id, expectedVersion: 1 })).resolves.toMatchObject({
        status: "PUBLISHED",
      });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});

describe("bulk actions", () => {
  it("publishes each valid item and reports the others, in one go", async () => {
    const ok1 = await draftEvent();
    const ok2 = await draftEvent();
    const bare = await as.CONTRIBUTOR.event.admin.create(eventFormInput());
    const spy = revalidateSpy();
    const editor = callerFor(db(), users.EDITOR, { revalidate: spy.revalidate });
    const result = await editor.event.admin.bulk({
      action: "publish",
      items: [ok1.id, bare.id, ok2.id, "missing-id"].map((id) => ({ id, expectedVersion: 1 })),
    });
    expect(result.succeeded).toBe(2);
    expect(result.failed).toBe(2);
    expect(result.items.map((i) => [i.id, i.ok, i.status])).toEqual([
      [ok1.id, true, "PUBLISHED"],
      [bare.id, false, "DRAFT"],
      [ok2.id, true, "PUBLISHED"],
      ["missing-id", false, null],
    ]);
    expect(result.items[1]?.error).toMatch(/citation/);
    expect(spy.calls).toHaveLength(1);
    const archived = await editor.event.admin.bulk({
      action: "archive",
      items: [ok1.id, ok2.id].map((id) => ({ id, expectedVersion: 2 })),
    });
    expect(archived.succeeded).toBe(2);
    expect(
      await db().auditLog.count({
        where: { action: "event.archive", entityId: { in: [ok1.id, ok2.id] } },
      }),
    ).toBe(2);
  });

  // Reproduces the hole: the editor read v2 (submitted for review); the contributor saved v3,
  // still in review; a bulk publish from the editor's list must not publish v3 unread.
  it("refuses a record changed since the editor's list was loaded, and publishes the rest", async () => {
    const reviewed = await draftEvent();
    await as.CONTRIBUTOR.event.admin.submit({ id: reviewed.id, expectedVersion: 1 });
    const { form } = await as.EDITOR.event.admin.getForEdit({ id: reviewed.id });
    await as.CONTRIBUTOR.event.admin.update({
      ...form,
      id: reviewed.id,
      expectedVersion: 2,
      summary: "Changed after the editor read it",
    });
    const other = await draftEvent();

    const result = await as.EDITOR.event.admin.bulk({
      action: "publish",
      items: [
        { id: reviewed.id, expectedVersion: 2 },
        { id: other.id, expectedVersion: 1 },
      ],
    });
    expect(result.items.map((i) => [i.id, i.ok, i.status, i.version])).toEqual([
      [reviewed.id, false, "IN_REVIEW", 3],
      [other.id, true, "PUBLISHED", 2],
    ]);
    expect(result.items[0]?.error).toBe(
      "Changed since you loaded the list (version 3, you saw 2): reload and check it first",
    );
    expect(
      await db().auditLog.count({ where: { action: "event.publish", entityId: reviewed.id } }),
    ).toBe(0);
  });

  it("refuses a stale version of pending changes on a published record too", async () => {
    const { id } = await publishedEvent();
    const { form } = await as.EDITOR.event.admin.getForEdit({ id });
    await as.CONTRIBUTOR.event.admin.update({ ...form, id, expectedVersion: 2, title: "Pending" });
    const result = await as.EDITOR.event.admin.bulk({
      action: "publish",
      items: [{ id, expectedVersion: 2 }],
    });
    expect(result.items[0]).toMatchObject({ ok: false, version: 3 });
    const row = await db().event.findUniqueOrThrow({ where: { id } });
    expect(row.title).not.toBe("Pending");
    expect(row.pendingChanges).not.toBeNull();
  });
});

describe("trash", () => {
  it("moves to the trash and back (editors), purges only from the trash (admins)", async () => {
    const { id, slug } = await publishedEvent();
    expect(await outcome(as.CONTRIBUTOR.event.admin.trash({ id, expectedVersion: 2 }))).toBe(
      "FORBIDDEN",
    );
    const spy = revalidateSpy();
    const editor = callerFor(db(), users.EDITOR, { revalidate: spy.revalidate });
    expect(await outcome(as.ADMIN.event.admin.purge({ id, expectedVersion: 2 }))).toBe(
      "BAD_REQUEST",
    );
    await editor.event.admin.trash({ id, expectedVersion: 2 });
    expect(spy.calls[0]).toContain(`event:${slug}`);
    expect(await outcome(publicCaller(db()).event.bySlug({ slug }))).toBe("NOT_FOUND");
    const trash = await as.VIEWER.event.admin.list({ trash: true });
    expect(trash.items.map((e) => e.id)).toContain(id);
    expect((await as.VIEWER.event.admin.list()).items.map((e) => e.id)).not.toContain(id);
    expect(
      await outcome(
        as.EDITOR.event.admin.update({
          ...(await as.VIEWER.event.admin.getForEdit({ id })).form,
          id,
          expectedVersion: 3,
        }),
      ),
    ).toBe("BAD_REQUEST");

    await editor.event.admin.restore({ id, expectedVersion: 3 });
    expect((await publicCaller(db()).event.bySlug({ slug })).id).toBe(id);
    await editor.event.admin.trash({ id, expectedVersion: 4 });
    expect(await outcome(as.EDITOR.event.admin.purge({ id, expectedVersion: 5 }))).toBe(
      "FORBIDDEN",
    );
    await as.ADMIN.event.admin.purge({ id, expectedVersion: 5 });
    expect(await db().event.findUnique({ where: { id } })).toBeNull();
    expect(await db().revision.count({ where: { entityId: id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: id, action: "event.purge" } })).toBe(1);
  });
});

describe("a published event keeps a published source", () => {
  it("refuses to withdraw its last published source, allows it once another is cited", async () => {
    const { id, source } = await publishedEvent();
    for (const withdraw of [
      () => as.EDITOR.source.admin.unpublish({ id: source.id, expectedVersion: 1 }),
      () => as.EDITOR.source.admin.archive({ id: source.id, expectedVersion: 1 }),
      () => as.EDITOR.source.admin.trash({ id: source.id, expectedVersion: 1 }),
    ]) {
      const refused = await failure(withdraw());
      expect(refused.message).toMatch(/left without a published source/);
    }
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).status).toBe(
      "PUBLISHED",
    );

    const other = await makeSource(db());
    const form = (await as.VIEWER.event.admin.getForEdit({ id })).form;
    await as.EDITOR.event.admin.update({
      ...form,
      id,
      expectedVersion: 2,
      citations: [...form.citations, { sourceId: other.id }],
    });
    await as.EDITOR.event.admin.publish({ id, expectedVersion: 3 });
    await as.EDITOR.source.admin.unpublish({ id: source.id, expectedVersion: 1 });
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).status).toBe(
      "DRAFT",
    );
  });

  it("re-checks a published event restored from the trash", async () => {
    const { id, source } = await publishedEvent();
    await as.EDITOR.event.admin.trash({ id, expectedVersion: 2 });
    await as.EDITOR.source.admin.unpublish({ id: source.id, expectedVersion: 1 });
    const refused = await failure(as.EDITOR.event.admin.restore({ id, expectedVersion: 3 }));
    expect(refused.message).toMatch(/Publish the cited sources first/);
    expect((await db().event.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});

describe("scheduling", () => {
  it("schedules in the future only, and cancels", async () => {
    const { id } = await draftEvent();
    const past = await failure(
      as.EDITOR.event.admin.schedule({
        id,
        expectedVersion: 1,
        publishAt: new Date(Date.now() - 1000),
      }),
    );
    expect(past.code).toBe("BAD_REQUEST");
    const at = new Date(Date.now() + 3_600_000);
    expect(
      await as.EDITOR.event.admin.schedule({ id, expectedVersion: 1, publishAt: at }),
    ).toMatchObject({ publishAt: at });
    expect(
      await as.EDITOR.event.admin.schedule({ id, expectedVersion: 2, publishAt: null }),
    ).toMatchObject({ publishAt: null });
    const bare = await as.CONTRIBUTOR.event.admin.create(eventFormInput());
    expect(
      (
        await failure(
          as.EDITOR.event.admin.schedule({ id: bare.id, expectedVersion: 1, publishAt: at }),
        )
      ).message,
    ).toMatch(/citation/);
  });
});

describe("a schedule is an editor's approval of the content as it was", () => {
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  it("is withdrawn when a contributor edits the scheduled record, kept when an editor does", async () => {
    const { id } = await draftEvent();
    await as.EDITOR.event.admin.schedule({ id, expectedVersion: 1, publishAt: inAnHour() });
    await editEvent(as.EDITOR, id, 2, { title: "Editor's" });
    expect((await db().event.findUniqueOrThrow({ where: { id } })).publishAt).not.toBeNull();
    await editEvent(as.CONTRIBUTOR, id, 3, { title: "Unreviewed" });
    expect((await db().event.findUniqueOrThrow({ where: { id } })).publishAt).toBeNull();
  });

  it("is withdrawn when an editor sends the record back for changes", async () => {
    const { id } = await draftEvent();
    await as.CONTRIBUTOR.event.admin.submit({ id, expectedVersion: 1 });
    await as.EDITOR.event.admin.schedule({ id, expectedVersion: 2, publishAt: inAnHour() });
    await as.EDITOR.event.admin.requestChanges({ id, expectedVersion: 3 });
    expect(await db().event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      publishAt: null,
    });
  });
});

describe("preview", () => {
  it("shows the working copy to the holder of a valid token only", async () => {
    const { id, slug } = await publishedEvent({ title: "Live title" });
    const form = (await as.VIEWER.event.admin.getForEdit({ id })).form;
    // A person and a place nobody has published yet: the public will not see them, so nor does
    // the preview, which shows the page as the public would get it.
    const witness = await makeActor(db(), { name: "Unpublished witness", status: "DRAFT" });
    const village = await makePlace(db(), { name: "Unpublished village", status: "DRAFT" });
    const police = await makeActor(db(), "Police");
    await as.CONTRIBUTOR.event.admin.update({
      ...form,
      id,
      expectedVersion: 2,
      title: "Pending title",
      placeIds: [village.id],
      actors: [
        { actorId: witness.id, role: "witness" },
        { actorId: police.id, role: "detained" },
      ],
    });
    const { token, expiresAt } = await as.CONTRIBUTOR.preview.createToken({
      entityType: "EVENT",
      id,
    });
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    const anonymous = callerFor(db(), null);
    const preview = await anonymous.event.preview({ token });
    expect(preview).toMatchObject({
      id,
      title: "Pending title",
      citations: [expect.objectContaining({ locator: "p. 3" })],
    });
    expect(preview.actors.map((a) => a.name)).toEqual(["Police"]);
    expect(preview.places).toEqual([]);
    expect((await publicCaller(db()).event.bySlug({ slug })).title).toBe("Live title");

    const [payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ entityType: "EVENT", id, exp: Date.now() + 3_600_000 }),
    ).toString("base64url");
    for (const bad of [
      `${forged}.${signature}`,
      `${payload}.${signature}x`,
      "nonsense",
      `${payload}`,
    ]) {
      expect(await outcome(anonymous.event.preview({ token: bad }))).toBe("NOT_FOUND");
    }
    const { signPreviewToken } = await import("../preview/preview.token");
    const old = signPreviewToken(
      "test-preview-secret-that-is-long-enough",
      { entityType: "EVENT", id },
      new Date(Date.now() - 11 * 60_000),
    );
    expect(await outcome(anonymous.event.preview({ token: old.token }))).toBe("NOT_FOUND");
    const otherSecret = callerFor(db(), null, { previewSecret: "another-secret" });
    expect(await outcome(otherSecret.event.preview({ token }))).toBe("NOT_FOUND");
    const unconfigured = callerFor(db(), users.CONTRIBUTOR, { previewSecret: undefined });
    expect(await outcome(unconfigured.preview.createToken({ entityType: "EVENT", id }))).toBe(
      "SERVICE_UNAVAILABLE",
    );
    expect(await outcome(as.VIEWER.preview.createToken({ entityType: "EVENT", id }))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("admin reads", () => {
  it("lists drafts with search, filters, sort and pagination", async () => {
    const topic = await makeTopic(db(), { name: "Religion" });
    await draftEvent({
      title: "Zebra law on religion",
      startDate: "1992-03-01",
      topicIds: [topic.id],
    });
    await draftEvent({
      title: "Alpha law on religion",
      startDate: "1993-03-01",
      topicIds: [topic.id],
    });
    await makeEvent(db(), {
      title: "Published law on religion",
      startDate: "1994-01-01",
      topicIds: [topic.id],
    });
    const all = await as.VIEWER.event.admin.list({
      topic: topic.id,
      sort: "title",
      order: "asc",
      limit: 2,
    });
    expect(all.total).toBe(3);
    expect(all.items.map((e) => e.title)).toEqual([
      "Alpha law on religion",
      "Published law on religion",
    ]);
    const next = await as.VIEWER.event.admin.list({
      topic: topic.id,
      sort: "title",
      order: "asc",
      limit: 2,
      cursor: all.nextCursor,
    });
    expect(next.items.map((e) => e.title)).toEqual(["Zebra law on religion"]);
    const drafts = await as.VIEWER.event.admin.list({
      topic: topic.id,
      status: "DRAFT",
      q: "zebra",
    });
    expect(drafts.items.map((e) => e.title)).toEqual(["Zebra law on religion"]);
    const year = await as.VIEWER.event.admin.list({ topic: topic.id, year: 1993 });
    expect(year.items.map((e) => e.title)).toEqual(["Alpha law on religion"]);
    const byDate = await as.VIEWER.event.admin.list({
      topic: topic.id,
      sort: "date",
      order: "desc",
    });
    expect(byDate.items.map((e) => e.startDate)).toEqual([
      "1994-01-01",
      "1993-03-01",
      "1992-03-01",
    ]);
  });

  it("opens an event for editing with its links and citations' sources", async () => {
    const topic = await makeTopic(db(), { name: "Elections" });
    const { id, source } = await draftEvent({ topicIds: [topic.id] });
    const edit = await as.VIEWER.event.admin.getForEdit({ id });
    expect(edit).toMatchObject({
      version: 1,
      status: "DRAFT",
      hasPendingChanges: false,
      live: null,
      topics: [{ id: topic.id, name: "Elections" }],
      citations: [
        {
          sourceId: source.id,
          locator: "p. 3",
          source: { title: source.title, status: "PUBLISHED" },
        },
      ],
    });
  });
});

describe("the admin list", () => {
  it("counts each listed event's citations, those to draft sources too, and no one else's", async () => {
    const published = await makeSource(db());
    const draft = await makeSource(db(), { status: "DRAFT", title: "A report under review" });
    const cited = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({
        title: "Counted citations event",
        citations: [{ sourceId: published.id }, { sourceId: draft.id }],
      }),
    );
    const bare = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ title: "Counted citations bare" }),
    );
    const { items } = await as.VIEWER.event.admin.list({ q: "Counted citations" });
    const counts = Object.fromEntries(items.map((e) => [e.id, e.citationCount]));
    expect(counts).toEqual({ [cited.id]: 2, [bare.id]: 0 });
  });
});
