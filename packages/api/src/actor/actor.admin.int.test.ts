import type { Role } from "@kz/db";
import { createTestDatabase, makeEvent, type TestDatabase } from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "../actor";
import { publicCaller } from "../testing/public-caller";
import { callerFor, failure, makeActors, outcome, type Caller } from "../testing/admin-caller";

let database: TestDatabase;
let actors: Record<Role, Actor>;
let editor: Caller;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await makeActors(db());
  editor = callerFor(db(), actors.EDITOR);
});

afterAll(async () => {
  await database?.drop();
});

describe("actors and places (no workflow: public at once)", () => {
  it("saves an actor for the public at once, revalidating its page and its events' pages", async () => {
    const calls: string[][] = [];
    const spy = callerFor(db(), actors.EDITOR, {
      revalidate: async (tags) => void calls.push(tags),
    });
    const created = await spy.actor.admin.create({
      name: "Ministry of Information",
      kind: "government_body",
      otherNames: ["MoI"],
      description: "",
    });
    const { slug } = await db().actor.findUniqueOrThrow({ where: { id: created.id } });
    expect(slug).toBe("ministry-of-information");
    const event = await makeEvent(db(), {
      actorRoles: [{ actorId: created.id, role: "statement" }],
    });
    await spy.actor.admin.update({
      id: created.id,
      expectedVersion: 1,
      name: "Ministry of Information and Social Development",
      slug: "ministry-of-information",
      kind: "government_body",
      otherNames: [],
      description: "Renamed in 2019.",
    });
    expect(calls[1]).toEqual([
      "actor:ministry-of-information",
      "actors",
      `event:${event.slug}`,
      "search",
    ]);
    expect((await publicCaller(db()).actor.bySlug({ slug })).name).toBe(
      "Ministry of Information and Social Development",
    );
    const stale = await failure(
      editor.actor.admin.update({
        id: created.id,
        expectedVersion: 1,
        name: "X",
        kind: "person",
        otherNames: [],
        description: "",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("is for editors: a contributor cannot create an actor or place", async () => {
    const contributor = callerFor(db(), actors.CONTRIBUTOR);
    expect(
      await outcome(
        contributor.actor.admin.create({
          name: "A",
          kind: "person",
          otherNames: [],
          description: "",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await outcome(contributor.place.admin.create({ name: "B", otherNames: [] }))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses to trash a place while live events link to it; purges only what nothing links to", async () => {
    const place = await editor.place.admin.create({
      name: "Zhanaozen",
      otherNames: ["Novy Uzen"],
      region: "Mangystau",
      latitude: 43.3,
      longitude: 52.8,
    });
    const event = await makeEvent(db(), { placeIds: [place.id] });
    const refused = await failure(editor.place.admin.trash({ id: place.id, expectedVersion: 1 }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/1 event links/);

    await db().event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
    await editor.place.admin.trash({ id: place.id, expectedVersion: 1 });
    expect((await editor.place.admin.list({ trash: true })).items.map((p) => p.id)).toContain(
      place.id,
    );
    const purge = await failure(
      callerFor(db(), actors.ADMIN).place.admin.purge({ id: place.id, expectedVersion: 2 }),
    );
    expect(purge.code).toBe("CONFLICT");
    await db().event.delete({ where: { id: event.id } });
    expect(await outcome(editor.place.admin.purge({ id: place.id, expectedVersion: 2 }))).toBe(
      "FORBIDDEN",
    );
    await callerFor(db(), actors.ADMIN).place.admin.purge({ id: place.id, expectedVersion: 2 });
    expect(await db().place.findUnique({ where: { id: place.id } })).toBeNull();
  });

  it("restores an actor from the trash", async () => {
    const a = await editor.actor.admin.create({
      name: "Temporary",
      kind: "person",
      otherNames: [],
      description: "",
    });
    await editor.actor.admin.trash({ id: a.id, expectedVersion: 1 });
    expect((await editor.actor.admin.getForEdit({ id: a.id })).deletedAt).not.toBeNull();
    await editor.actor.admin.restore({ id: a.id, expectedVersion: 2 });
    expect((await editor.actor.admin.getForEdit({ id: a.id })).deletedAt).toBeNull();
    expect((await editor.actor.admin.list({ q: "Temporary" })).items.map((x) => x.id)).toEqual([
      a.id,
    ]);
  });
});
