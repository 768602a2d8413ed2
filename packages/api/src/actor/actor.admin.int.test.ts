import { makeEvent, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import { callerFor, eventFormInput, failure, outcome, personForm } from "../testing/admin-caller";

const { db, users, as } = useTestDatabaseWithRoles();
const visitor = () => publicCaller(db());

/** Every change the public feed has announced for this record. */
async function announced(id: string) {
  const feed = await visitor().changes.since({ limit: 500 });
  return feed.items.filter((c) => c.id === id).map((c) => c.change);
}

/** A draft event citing `sourceId` that names a new draft person and a new draft place. */
async function eventNamingDrafts(names: { person: string; place: string }, sourceId: string) {
  const person = await as.EDITOR.actor.admin.create(personForm(names.person));
  const place = await as.EDITOR.place.admin.create({ name: names.place, otherNames: [] });
  const event = await as.EDITOR.event.admin.create(
    eventFormInput({
      placeIds: [place.id],
      actors: [{ actorId: person.id, role: "witness" }],
      citations: [{ sourceId, locator: "", quote: "" }],
    }),
  );
  return { person, place, event };
}

describe("people and places have drafts: nobody sees one until it is published", () => {
  it("keeps a new person off the public site — list, page, search, event filter, feed — until published", async () => {
    const contributor = callerFor(db(), users.CONTRIBUTOR);
    const created = await contributor.actor.admin.create({
      name: "Aigerim Zhaksylykova",
      kind: "person",
      otherNames: ["Айгерим"],
      description: "A witness.",
    });
    expect(created).toMatchObject({ status: "DRAFT", version: 1 });
    const { slug } = await db().actor.findUniqueOrThrow({ where: { id: created.id } });

    expect((await visitor().actor.list({ limit: 100 })).items.map((a) => a.slug)).not.toContain(
      slug,
    );
    expect(await outcome(visitor().actor.bySlug({ slug }))).toBe("NOT_FOUND");
    expect((await visitor().search.query({ q: "Zhaksylykova" })).actors).toEqual([]);
    expect((await visitor().event.list({ actor: slug })).total).toBe(0);
    expect(await announced(created.id)).toEqual([]);

    // A contributor may write the draft, not publish it.
    expect(
      await outcome(contributor.actor.admin.publish({ id: created.id, expectedVersion: 1 })),
    ).toBe("FORBIDDEN");
    await as.EDITOR.actor.admin.publish({ id: created.id, expectedVersion: 1 });

    expect((await visitor().actor.bySlug({ slug })).name).toBe("Aigerim Zhaksylykova");
    expect((await visitor().search.query({ q: "Zhaksylykova" })).actors.map((a) => a.slug)).toEqual(
      [slug],
    );
    expect(await announced(created.id)).toEqual(["published"]);
  });

  it("keeps the public version of a published place while its changes wait, and publishes them", async () => {
    const calls: string[][] = [];
    const spy = callerFor(db(), users.EDITOR, {
      revalidate: async (tags) => void calls.push(tags),
    });
    const place = await spy.place.admin.create({ name: "Zhanaozen", otherNames: ["Novy Uzen"] });
    await spy.place.admin.publish({ id: place.id, expectedVersion: 1 });
    const { slug } = await db().place.findUniqueOrThrow({ where: { id: place.id } });
    const saved = await spy.place.admin.update({
      id: place.id,
      expectedVersion: 2,
      name: "Zhanaozen",
      slug,
      otherNames: ["Novy Uzen", "Жаңаөзен"],
      region: "Mangystau Region",
    });
    expect(saved).toMatchObject({ status: "PUBLISHED", hasPendingChanges: true });
    expect((await visitor().place.bySlug({ slug })).region).toBeNull();
    const forEdit = await spy.place.admin.getForEdit({ id: place.id });
    expect(forEdit.pendingFields).toEqual(["otherNames", "region"]);

    await spy.place.admin.publish({ id: place.id, expectedVersion: 3 });
    expect((await visitor().place.bySlug({ slug })).region).toBe("Mangystau Region");
    expect(calls.at(-1)).toContain(`place:${slug}`);
    expect(await announced(place.id)).toEqual(["published", "updated"]);
    const stale = await failure(
      spy.place.admin.update({ id: place.id, expectedVersion: 2, name: "X", otherNames: [] }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("refuses to publish an event naming a person or place nobody has published, and names them", async () => {
    const source = await makeSource(db());
    const { person, place, event } = await eventNamingDrafts(
      { person: "Unpublished Witness", place: "Unpublished Village" },
      source.id,
    );
    const refused = await failure(
      as.EDITOR.event.admin.publish({ id: event.id, expectedVersion: 1 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain('"Unpublished Witness"');
    expect(refused.message).toContain('"Unpublished Village"');
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("DRAFT");

    await as.EDITOR.actor.admin.publish({ id: person.id, expectedVersion: 1 });
    await as.EDITOR.place.admin.publish({ id: place.id, expectedVersion: 1 });
    await as.EDITOR.event.admin.publish({ id: event.id, expectedVersion: 1 });
    const { slug } = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect((await visitor().event.bySlug({ slug })).actors.map((a) => a.name)).toEqual([
      "Unpublished Witness",
    ]);
  });

  it("publishes an event with the people, places and sources it names when the editor asks, in one go", async () => {
    const source = await makeSource(db(), { title: "Draft report", status: "DRAFT" });
    const { person, place, event } = await eventNamingDrafts(
      { person: "Witness Published Together", place: "Village Published Together" },
      source.id,
    );
    const at = { id: event.id, expectedVersion: 1 };
    // Refused, the error lists what the editor could publish with it.
    const refused = await failure(as.EDITOR.event.admin.publish(at));
    const waiting = (refused.cause as { details?: { unpublishedLinks?: { title: string }[] } })
      .details?.unpublishedLinks;
    expect(waiting?.map((w) => w.title).sort()).toEqual([
      "Draft report",
      "Village Published Together",
      "Witness Published Together",
    ]);
    // A contributor may not publish anything, linked records included.
    const contributor = callerFor(db(), users.CONTRIBUTOR);
    expect(await outcome(contributor.event.admin.publish({ ...at, withLinkedRecords: true }))).toBe(
      "FORBIDDEN",
    );

    const published = await as.EDITOR.event.admin.publish({ ...at, withLinkedRecords: true });
    expect(published.status).toBe("PUBLISHED");
    const statuses = await Promise.all([
      db().actor.findUniqueOrThrow({ where: { id: person.id } }),
      db().place.findUniqueOrThrow({ where: { id: place.id } }),
      db().source.findUniqueOrThrow({ where: { id: source.id } }),
    ]);
    expect(statuses.map((r) => r.status)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED"]);
    expect(await announced(person.id)).toEqual(["published"]);
    const audit = await db().auditLog.findMany({
      where: {
        entityId: { in: [person.id, place.id, source.id] },
        action: { endsWith: ".publish" },
      },
    });
    expect(audit).toHaveLength(3);
  });

  it("publishes nothing when the event itself cannot be published, even with its links asked for", async () => {
    const person = await as.EDITOR.actor.admin.create(personForm("Witness Of An Uncited Event"));
    const event = await as.EDITOR.event.admin.create(
      eventFormInput({ actors: [{ actorId: person.id, role: "witness" }], citations: [] }),
    );
    const refused = await failure(
      as.EDITOR.event.admin.publish({ id: event.id, expectedVersion: 1, withLinkedRecords: true }),
    );
    expect(refused.message).toContain("citation");
    expect((await db().actor.findUniqueOrThrow({ where: { id: person.id } })).status).toBe("DRAFT");
  });

  it("takes an unpublished person off the published events that name them", async () => {
    const person = await as.EDITOR.actor.admin.create(personForm("Protected Witness"));
    await as.EDITOR.actor.admin.publish({ id: person.id, expectedVersion: 1 });
    const event = await makeEvent(db(), { actorRoles: [{ actorId: person.id, role: "witness" }] });
    expect((await visitor().event.bySlug({ slug: event.slug })).actors).toHaveLength(1);

    await as.EDITOR.actor.admin.unpublish({ id: person.id, expectedVersion: 2 });
    expect((await visitor().event.bySlug({ slug: event.slug })).actors).toEqual([]);
    expect(await announced(person.id)).toEqual(["published", "unpublished"]);
  });

  it("purges a person or place only when no event, even one in the trash, names them", async () => {
    const admin = callerFor(db(), users.ADMIN);
    const place = await as.EDITOR.place.admin.create({ name: "Linked Place", otherNames: [] });
    const event = await makeEvent(db(), { placeIds: [place.id], deleted: true });
    await as.EDITOR.place.admin.trash({ id: place.id, expectedVersion: 1 });
    expect((await as.EDITOR.place.admin.list({ trash: true })).items.map((p) => p.id)).toContain(
      place.id,
    );
    expect(await outcome(as.EDITOR.place.admin.purge({ id: place.id, expectedVersion: 2 }))).toBe(
      "FORBIDDEN",
    );
    const refused = await failure(admin.place.admin.purge({ id: place.id, expectedVersion: 2 }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/1 event \(in the trash or not\) links/);

    await db().event.delete({ where: { id: event.id } });
    await admin.place.admin.purge({ id: place.id, expectedVersion: 2 });
    expect(await db().place.findUnique({ where: { id: place.id } })).toBeNull();
  });

  it("restores a person from the trash in the state they were in", async () => {
    const a = await as.EDITOR.actor.admin.create(personForm("Temporary"));
    await as.EDITOR.actor.admin.publish({ id: a.id, expectedVersion: 1 });
    await as.EDITOR.actor.admin.trash({ id: a.id, expectedVersion: 2 });
    const { slug } = await db().actor.findUniqueOrThrow({ where: { id: a.id } });
    expect(await outcome(visitor().actor.bySlug({ slug }))).toBe("NOT_FOUND");
    await as.EDITOR.actor.admin.restore({ id: a.id, expectedVersion: 3 });
    expect((await as.EDITOR.actor.admin.getForEdit({ id: a.id })).status).toBe("PUBLISHED");
    expect((await visitor().actor.bySlug({ slug })).name).toBe("Temporary");
  });
});
