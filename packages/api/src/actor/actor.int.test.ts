import { makeActor, makeEvent, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest, expectNotFound, walkPages } from "../testing/public-caller";

const slugs: Record<string, string> = {};
const { caller } = useSeededTestDatabase(async (client) => {
  const nazarbayev = await makeActor(client, {
    name: "Nursultan Nazarbayev",
    kind: "PERSON",
    otherNames: ["Elbasy"],
    description: "President who signed the laws restricting assemblies.",
  });
  const police = await makeActor(client, { name: "Police", kind: "GOVERNMENT_BODY" });
  const hrw = await makeActor(client, { name: "Human Rights Watch", kind: "ORGANIZATION" });
  const gone = await makeActor(client, { name: "Gone", kind: "PERSON", deleted: true });
  const unpublished = await makeActor(client, {
    name: "Unpublished",
    kind: "PERSON",
    status: "DRAFT",
  });
  Object.assign(slugs, { nazarbayev: nazarbayev.slug, police: police.slug, hrw: hrw.slug });
  slugs.gone = gone.slug;
  slugs.unpublished = unpublished.slug;
  for (let i = 0; i < 6; i++) await makeActor(client, { name: i < 3 ? "Akimat" : `Akimat ${i}` });

  const report = await makeSource(client, { title: "Report" });
  const draft = await makeSource(client, { title: "Draft source", status: "DRAFT" });
  await makeEvent(client, {
    title: "Zhanaozen",
    startDate: "2011-12-16",
    sourceIds: [report.id, draft.id],
    actorRoles: [
      { actorId: police.id, role: "shot" },
      { actorId: police.id, role: "detained" },
      { actorId: nazarbayev.id, role: "declared emergency" },
    ],
  });
  await makeEvent(client, {
    title: "Law on assemblies",
    startDate: "2004-06-01",
    actorRoles: [{ actorId: nazarbayev.id, role: "signatory" }],
  });
  await makeEvent(client, {
    title: "Draft",
    status: "DRAFT",
    actorIds: [nazarbayev.id, police.id],
  });
  await makeEvent(client, { title: "Trashed", deleted: true, actorIds: [police.id] });
  await makeEvent(client, { title: "Gone's event", actorIds: [gone.id] });
});

describe("actor.list", () => {
  it("lists published actors by name with their published event counts", async () => {
    const { items, total } = await caller.actor.list();
    expect(total).toBe(9);
    expect(items.map((a) => a.name)).not.toContain("Gone");
    expect(items.map((a) => a.name)).not.toContain("Unpublished");
    expect(items.find((a) => a.slug === slugs.nazarbayev)).toEqual({
      id: expect.any(String),
      slug: slugs.nazarbayev,
      name: "Nursultan Nazarbayev",
      kind: "person",
      nameWithheld: false,
      otherNames: ["Elbasy"],
      eventCount: 2,
    });
    // Two roles in one event count once; drafts and trashed events not at all.
    expect(items.find((a) => a.slug === slugs.police)?.eventCount).toBe(1);
    expect(items.find((a) => a.slug === slugs.hrw)?.eventCount).toBe(0);
  });

  it("filters by kind", async () => {
    const names = async (kind: "person" | "organization" | "government_body") =>
      (await caller.actor.list({ kind })).items.map((a) => a.name);
    expect(await names("person")).toEqual(["Nursultan Nazarbayev"]);
    expect(await names("government_body")).toEqual(["Police"]);
    expect(await names("organization")).toHaveLength(7);
  });

  it("searches names by prefix and descriptions by stem", async () => {
    const names = async (q: string) => (await caller.actor.list({ q })).items.map((a) => a.name);
    expect(await names("Nazarb")).toEqual(["Nursultan Nazarbayev"]);
    expect(await names("human rights")).toEqual(["Human Rights Watch"]);
    expect(await names("restricted assembly")).toEqual(["Nursultan Nazarbayev"]);
    expect(await names("Gone")).toEqual([]);
    expect(await names("!!! :* &")).toEqual([]);
  });

  it.each([1, 2, 4])("walks pages of %i with no duplicates or gaps", async (limit) => {
    const full = await caller.actor.list({ limit: 100 });
    const walked = await walkPages((cursor) => caller.actor.list({ limit, cursor }));
    expect(walked.items).toEqual(full.items);
    expect(new Set(walked.totals)).toEqual(new Set([9]));
  });

  it.each([
    [{ kind: "PERSON" }, "kind"],
    [{ kind: "robot" }, "kind"],
    [{ limit: 500 }, "limit"],
    [{ q: "x".repeat(300) }, "q"],
    [{ cursor: "" }, "cursor"],
  ])("refuses %j with BAD_REQUEST naming the field", async (input, field) => {
    await expectBadRequest(caller.actor.list(input as never), field);
  });
});

describe("actor.bySlug", () => {
  it("returns the actor with published events, oldest first, and roles", async () => {
    const actor = await caller.actor.bySlug({ slug: slugs.nazarbayev! });
    expect(actor).toMatchObject({
      name: "Nursultan Nazarbayev",
      kind: "person",
      otherNames: ["Elbasy"],
      description: "President who signed the laws restricting assemblies.",
      eventCount: 2,
    });
    expect(actor.events.map((e) => [e.title, e.role, e.sourceCount])).toEqual([
      ["Law on assemblies", "signatory", 0],
      // Only published sources are counted: Zhanaozen also cites a draft source.
      ["Zhanaozen", "declared emergency", 1],
    ]);
  });

  it("gives every role an actor had in one event, once per event", async () => {
    const actor = await caller.actor.bySlug({ slug: slugs.police! });
    expect(actor.events).toHaveLength(1);
    expect(actor.events[0]).toMatchObject({
      title: "Zhanaozen",
      role: "detained, shot",
      roles: ["detained", "shot"],
    });
  });

  it("answers NOT_FOUND for an unpublished, deleted or unknown actor", async () => {
    await expectNotFound(caller.actor.bySlug({ slug: slugs.unpublished! }));
    await expectNotFound(caller.actor.bySlug({ slug: slugs.gone! }));
    await expectNotFound(caller.actor.bySlug({ slug: "no-one" }));
    await expectBadRequest(caller.actor.bySlug({ slug: "No One" }), "slug");
  });
});
