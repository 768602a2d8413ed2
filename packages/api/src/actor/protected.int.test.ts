// Protected people (issue 14): pseudonyms given on saving, protection removed only by an editor and
// audited, opening one in the admin audited, and the public reaching them only by pseudonym.
import { makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, eventFormInput, failure, outcome, personForm } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";

const { db, users, as } = useTestDatabaseWithRoles("protected");
const visitor = () => publicCaller(db());

const stored = (id: string) => db().actor.findUniqueOrThrow({ where: { id } });

/** The audit lines of `action` about actor `id`. */
const auditLines = (action: string, id: string) =>
  db().auditLog.findMany({ where: { action, entityType: "ACTOR", entityId: id } });

/** The admin form of a stored actor, as the edit page saves it back. */
async function formOf(id: string) {
  const record = await as.EDITOR.actor.admin.getForEdit({ id });
  return { id, expectedVersion: record.version, ...record.form };
}

describe("pseudonyms", () => {
  it("gives a protected person the next free “Person A”, “Person B” … on saving", async () => {
    const first = await as.CONTRIBUTOR.actor.admin.create({
      ...personForm("Dana Witness"),
      isProtected: true,
    });
    const second = await as.CONTRIBUTOR.actor.admin.create({
      ...personForm("Erlan Witness"),
      isProtected: true,
      pseudonym: "",
    });
    const unprotected = await as.CONTRIBUTOR.actor.admin.create(personForm("Open Person"));
    expect((await stored(first.id)).pseudonym).toBe("Person A");
    expect((await stored(second.id)).pseudonym).toBe("Person B");
    expect((await stored(unprotected.id)).pseudonym).toBeNull();

    // Saving again keeps it; protecting later takes the next free one.
    await as.CONTRIBUTOR.actor.admin.update(await formOf(first.id));
    expect((await stored(first.id)).pseudonym).toBe("Person A");
    await as.CONTRIBUTOR.actor.admin.update({
      ...(await formOf(unprotected.id)),
      isProtected: true,
    });
    expect((await stored(unprotected.id)).pseudonym).toBe("Person C");
  });

  it("keeps pseudonyms unique among actors and never one of the person's names", async () => {
    const taken = await as.EDITOR.actor.admin.create({
      ...personForm("Gulnara Witness"),
      isProtected: true,
      pseudonym: "Witness K",
    });
    expect((await stored(taken.id)).pseudonym).toBe("Witness K");
    const same = await failure(
      as.EDITOR.actor.admin.create({
        ...personForm("Another Witness"),
        isProtected: true,
        pseudonym: "witness k",
      }),
    );
    expect(same.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(same.cause)).toContain("pseudonym");
    const ownName = await failure(
      as.EDITOR.actor.admin.create({
        ...personForm("Marat Witness"),
        otherNames: ["Marat W."],
        isProtected: true,
        pseudonym: "Marat W.",
      }),
    );
    expect(ownName.message).toBe("A pseudonym must not be one of the person's names");
  });

  it("keeps addresses starting with withheld- for protected people", async () => {
    const refused = await failure(
      as.EDITOR.actor.admin.create({ ...personForm("Someone"), slug: "withheld-person-a" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
  });
});

describe("removing protection", () => {
  async function publishedProtected(name: string) {
    const created = await as.EDITOR.actor.admin.create({ ...personForm(name), isProtected: true });
    await as.EDITOR.actor.admin.publish({ id: created.id, expectedVersion: 1 });
    return created.id;
  }

  it("is refused to a contributor, on a draft and on a published person's pending changes", async () => {
    const draft = await as.EDITOR.actor.admin.create({
      ...personForm("Draft Protected"),
      isProtected: true,
    });
    const onDraft = await failure(
      as.CONTRIBUTOR.actor.admin.update({ ...(await formOf(draft.id)), isProtected: false }),
    );
    expect(onDraft.code).toBe("FORBIDDEN");
    expect(onDraft.message).toBe("Only an editor can remove a person's protection.");
    expect((onDraft.cause as { details?: unknown }).details).toEqual({
      fieldErrors: { isProtected: ["Only an editor can remove a person's protection."] },
    });

    const published = await publishedProtected("Published Protected");
    expect(
      await outcome(
        as.CONTRIBUTOR.actor.admin.update({ ...(await formOf(published)), isProtected: false }),
      ),
    ).toBe("FORBIDDEN");
    // Other changes by a contributor are fine, and nothing was unprotected or audited.
    await as.CONTRIBUTOR.actor.admin.update({
      ...(await formOf(published)),
      description: "New detail",
    });
    expect((await stored(published)).isProtected).toBe(true);
    expect(await auditLines("actor.unprotect", published)).toEqual([]);

    // Pending changes that protect a published person cannot be undone by a contributor either.
    const open = await as.EDITOR.actor.admin.create(personForm("Later Protected"));
    await as.EDITOR.actor.admin.publish({ id: open.id, expectedVersion: 1 });
    await as.CONTRIBUTOR.actor.admin.update({ ...(await formOf(open.id)), isProtected: true });
    expect(
      await outcome(
        as.CONTRIBUTOR.actor.admin.update({ ...(await formOf(open.id)), isProtected: false }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("is an editor's decision, written to the audit log as actor.unprotect", async () => {
    const id = await publishedProtected("Unprotected Later");
    const saved = await as.EDITOR.actor.admin.update({
      ...(await formOf(id)),
      isProtected: false,
      changeNote: "Consented to be named",
    });
    expect(saved).toMatchObject({ status: "PUBLISHED", hasPendingChanges: true });
    // Pending: the public still sees only the pseudonym until the change is published.
    expect((await stored(id)).isProtected).toBe(true);
    const [line, ...more] = await auditLines("actor.unprotect", id);
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      actorId: users.EDITOR.id,
      actorLabel: users.EDITOR.email,
      details: { pseudonym: expect.stringMatching(/^Person /) },
    });
    await as.ADMIN.actor.admin.publish({ id, expectedVersion: saved.version });
    expect((await stored(id)).isProtected).toBe(false);
  });
});

describe("opening a protected person in the admin", () => {
  it("writes actor.view-protected with the actor's id, and nothing for anyone else", async () => {
    const person = await as.EDITOR.actor.admin.create({
      ...personForm("Viewed Protected"),
      isProtected: true,
    });
    const other = await as.EDITOR.actor.admin.create(personForm("Viewed Open"));
    const viewer = callerFor(db(), users.VIEWER);
    const opened = await viewer.actor.admin.getForEdit({ id: person.id });
    // Editors see the real name.
    expect(opened.form).toMatchObject({ name: "Viewed Protected", isProtected: true });
    await viewer.actor.admin.getForEdit({ id: other.id });
    const lines = await auditLines("actor.view-protected", person.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ actorId: users.VIEWER.id, entityId: person.id });
    expect(await auditLines("actor.view-protected", other.id)).toEqual([]);
  });
});

describe("the public", () => {
  it("reaches a protected person only by pseudonym: page, list, search, event filter, feed", async () => {
    const source = await makeSource(db());
    const person = await as.EDITOR.actor.admin.create({
      name: "Zhanar Oskenbayeva",
      kind: "person",
      otherNames: ["Жанар Өскенбаева"],
      description: "Lives in Aktau.",
    });
    await as.EDITOR.actor.admin.publish({ id: person.id, expectedVersion: 1 });
    const event = await as.EDITOR.event.admin.create(
      eventFormInput({
        actors: [{ actorId: person.id, role: "witness" }],
        citations: [{ sourceId: source.id, locator: "", quote: "" }],
      }),
    );
    await as.EDITOR.event.admin.publish({ id: event.id, expectedVersion: 1 });
    const { slug: realSlug } = await stored(person.id);
    expect((await visitor().actor.bySlug({ slug: realSlug })).name).toBe("Zhanar Oskenbayeva");

    // Protected once public: the feed's earlier rows are rewritten too.
    const form = await formOf(person.id);
    const saved = await as.EDITOR.actor.admin.update({ ...form, isProtected: true });
    await as.EDITOR.actor.admin.publish({ id: person.id, expectedVersion: saved.version });
    const { pseudonym } = await stored(person.id);
    const slug = `withheld-${pseudonym!.toLowerCase().replaceAll(" ", "-")}`;

    expect(await outcome(visitor().actor.bySlug({ slug: realSlug }))).toBe("NOT_FOUND");
    expect(await visitor().actor.bySlug({ slug })).toMatchObject({
      slug,
      name: pseudonym,
      nameWithheld: true,
      otherNames: [],
      description: "",
      eventCount: 1,
    });
    const listed = (await visitor().actor.list({ limit: 100 })).items.find(
      (a) => a.id === person.id,
    );
    expect(listed).toMatchObject({ slug, name: pseudonym, nameWithheld: true, otherNames: [] });

    for (const q of ["Oskenbayeva", "Oskenb", "Zhanar", "Өскенбаева", "Aktau"]) {
      expect((await visitor().search.query({ q })).actors, q).toEqual([]);
      expect((await visitor().actor.list({ q })).total, q).toBe(0);
    }
    // ("Person E" finds every "Person …": the letter alone is no word to search for.)
    expect((await visitor().search.query({ q: pseudonym! })).actors).toContainEqual(
      expect.objectContaining({ slug, name: pseudonym, nameWithheld: true, snippet: [] }),
    );

    expect((await visitor().event.list({ actor: realSlug })).total).toBe(0);
    expect((await visitor().event.list({ actor: slug })).items.map((e) => e.id)).toEqual([
      event.id,
    ]);
    const { slug: eventSlug } = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect((await visitor().event.bySlug({ slug: eventSlug })).actors).toEqual([
      { slug, name: pseudonym, kind: "person", nameWithheld: true, role: "witness" },
    ]);

    const feed = await visitor().changes.since({ limit: 1000, types: ["actor"] });
    const rows = feed.items.filter((c) => c.id === person.id);
    expect(rows.map((r) => r.change)).toEqual(["published", "updated"]);
    expect(rows.map((r) => r.slug)).toEqual([slug, slug]);
    // Stored so too, not only read so.
    const logged = await db().changeLog.findMany({ where: { entityId: person.id } });
    expect(logged.map((r) => r.slug)).toEqual([slug, slug]);
  });
});
