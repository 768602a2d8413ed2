// A record's public history: its published versions with their dates and change notes, never a
// draft's text or an editor's name; and the attribution of a citation, as the public reads it.
import { makeActor, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { eventFormInput, failure, reportForm } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";

const { db, users, as } = useTestDatabaseWithRoles("public_history");

const DRAFT_TEXT = "Unreviewed claim that must not leak";

/** An event published, corrected and published again, with a further change still in draft. */
async function eventWithPublishedHistory() {
  const source = await makeSource(db(), { status: "PUBLISHED" });
  const { id } = await as.EDITOR.event.admin.create(
    eventFormInput({
      title: "Strike in Zhanaozen",
      citations: [
        {
          sourceId: source.id,
          locator: "Protests",
          quote: "police opened fire",
          attributedTo: "eyewitnesses",
        },
      ],
      changeNote: "First draft",
    }),
  );
  await as.EDITOR.event.admin.publish({ id, expectedVersion: 1 });
  const form = (await as.EDITOR.event.admin.getForEdit({ id })).form;
  await as.EDITOR.event.admin.update({
    ...form,
    id,
    expectedVersion: 2,
    summary: "What happened, corrected.",
    changeNote: "Corrected the date of the strike",
  });
  await as.EDITOR.event.admin.publish({ id, expectedVersion: 3 });
  await as.EDITOR.event.admin.update({
    ...form,
    id,
    expectedVersion: 4,
    body: DRAFT_TEXT,
    changeNote: `Draft note: ${DRAFT_TEXT}`,
  });
  const { slug } = await db().event.findUniqueOrThrow({ where: { id } });
  return { id, slug, source };
}

describe("revision.public", () => {
  it("lists published versions with dates and change notes, newest first, and nothing of drafts", async () => {
    const { slug } = await eventWithPublishedHistory();
    const history = await publicCaller(db()).revision.public({ collection: "events", slug });

    expect(history.title).toBe("Strike in Zhanaozen");
    expect(history.versions).toEqual([
      {
        version: 4,
        publishedAt: expect.any(String),
        first: false,
        note: "Corrected the date of the strike",
      },
      { version: 2, publishedAt: expect.any(String), first: true, note: "First draft" },
    ]);
    const text = JSON.stringify(history);
    expect(text).not.toContain(DRAFT_TEXT);
    for (const user of Object.values(users)) {
      expect(text).not.toContain(user.name);
      expect(text).not.toContain(user.email);
    }
  });

  it("has no history for a record the public cannot see, nor for a kind without pages", async () => {
    const { id } = await as.EDITOR.event.admin.create(eventFormInput({ title: "Never published" }));
    const { slug } = await db().event.findUniqueOrThrow({ where: { id } });
    const caller = publicCaller(db());
    expect((await failure(caller.revision.public({ collection: "events", slug }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(caller.revision.public({ collection: "ratings", slug: "x" }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("works for every kind with pages: a source's history too", async () => {
    const { id } = await as.EDITOR.source.admin.create({
      ...reportForm("World Report 2012"),
      publisher: "Human Rights Watch",
      changeNote: "Added from the document",
    });
    await as.EDITOR.source.admin.publish({ id, expectedVersion: 1 });
    const { slug } = await db().source.findUniqueOrThrow({ where: { id } });
    const history = await publicCaller(db()).revision.public({ collection: "sources", slug });
    expect(history.versions).toEqual([
      { version: 2, publishedAt: expect.any(String), first: true, note: "Added from the document" },
    ]);
  });

  it("does not call a later publication the first when the record was public before its history", async () => {
    // As the document seed leaves a record (published, version 1, no revisions), then a
    // correction published as version 2.
    const source = await makeSource(db(), { status: "PUBLISHED" });
    await db().revision.create({
      data: {
        entityType: "SOURCE",
        entityId: source.id,
        version: 2,
        action: "publish",
        note: "Corrected against the source document.",
        snapshot: {},
      },
    });
    const history = await publicCaller(db()).revision.public({
      collection: "sources",
      slug: source.slug,
    });
    expect(history.versions).toEqual([
      {
        version: 2,
        publishedAt: expect.any(String),
        first: false,
        note: "Corrected against the source document.",
      },
    ]);
  });
});

describe("attributions", () => {
  it("are kept apart from the locator, and the public footnote carries them", async () => {
    const { id, slug } = await eventWithPublishedHistory();
    const edit = await as.EDITOR.event.admin.getForEdit({ id });
    expect(edit.live?.citations).toEqual([
      expect.objectContaining({
        locator: "Protests",
        quote: "police opened fire",
        attributedTo: "eyewitnesses",
      }),
    ]);
    const event = await publicCaller(db()).event.bySlug({ slug });
    expect(event.citations[0]).toMatchObject({
      locator: "Protests",
      attributedTo: "eyewitnesses",
      attributedActor: null,
    });
  });

  it("link the actor they name only while it is published", async () => {
    const { id, slug } = await eventWithPublishedHistory();
    const actor = await makeActor(db(), { name: "Kazakh officials", status: "DRAFT" });
    await db().citation.updateMany({
      where: { eventId: id },
      data: { attributedActorId: actor.id },
    });
    const read = async () => (await publicCaller(db()).event.bySlug({ slug })).citations[0];
    expect((await read())?.attributedActor).toBeNull();
    await db().actor.update({ where: { id: actor.id }, data: { status: "PUBLISHED" } });
    expect((await read())?.attributedActor).toEqual({ slug: actor.slug, name: "Kazakh officials" });
    // Deleting the actor keeps the attribution's words (onDelete: SetNull).
    await db().actor.delete({ where: { id: actor.id } });
    expect((await read())?.attributedTo).toBe("eyewitnesses");
  });
});
