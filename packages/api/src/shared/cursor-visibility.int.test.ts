import { makeActor, makeEvent, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest } from "../testing/public-caller";
import { encodeCursor, encodePositionCursor } from "./pagination";

// A public list's cursor used to be an id in disguise; made from an unpublished record's id it
// returned the page after that record (and an empty page for an unknown id), which told a stranger
// that the record existed and where it sorted. Such id-only cursors are still read (a client may
// hold one), and still refused for anything but a published record. Cursors now carry their
// position instead, so a listing goes on when the record a cursor was made from is gone.
const ids: Record<string, string> = {};
const { caller, db } = useSeededTestDatabase(async (client) => {
  for (const [year, title] of [
    ["2001", "Alpha"],
    ["2002", "Bravo"],
    ["2003", "Charlie"],
    ["2004", "Delta"],
    ["2005", "Echo"],
  ] as const) {
    ids[`event ${title}`] = (await makeEvent(client, { title, startDate: `${year}-01-01` })).id;
    ids[`source ${title}`] = (await makeSource(client, { title })).id;
    ids[`actor ${title}`] = (await makeActor(client, title)).id;
  }
  ids["event draft"] = (await makeEvent(client, { startDate: "2002-06-01", status: "DRAFT" })).id;
  ids["event review"] = (
    await makeEvent(client, { startDate: "2002-06-01", status: "IN_REVIEW" })
  ).id;
  ids["event trashed"] = (await makeEvent(client, { startDate: "2002-06-01", deleted: true })).id;
  ids["source draft"] = (await makeSource(client, { title: "Bz draft", status: "DRAFT" })).id;
  ids["source trashed"] = (await makeSource(client, { title: "Bz trashed", deleted: true })).id;
  ids["actor trashed"] = (await makeActor(client, { name: "Bz trashed", deleted: true })).id;
});

const lists = {
  event: (cursor?: string) => caller.event.list({ limit: 1, order: "asc", cursor }),
  source: (cursor?: string) => caller.source.list({ limit: 1, cursor }),
  actor: (cursor?: string) => caller.actor.list({ limit: 1, cursor }),
};

const nameOf = (item: unknown) => {
  const { title, name } = item as { title?: string; name?: string };
  return title ?? name;
};

describe("public list cursors", () => {
  it.each([
    ["event", "event draft"],
    ["event", "event review"],
    ["event", "event trashed"],
    ["source", "source draft"],
    ["source", "source trashed"],
    ["actor", "actor trashed"],
  ] as const)("refuse a %s cursor made from the id of the %s record", async (list, record) => {
    await expectBadRequest(lists[list](encodeCursor(ids[record]!)), "cursor");
  });

  it.each(["event", "source", "actor"] as const)(
    "refuse a %s cursor of an id that does not exist",
    async (list) => {
      await expectBadRequest(lists[list](encodeCursor("cm0000000000000000000000")), "cursor");
    },
  );

  it.each(["event", "source", "actor"] as const)("page on from a published %s", async (list) => {
    const page = await lists[list](encodeCursor(ids[`${list} Bravo`]!));
    const item = page.items[0] as { title?: string; name?: string };
    expect(item.title ?? item.name).toBe("Charlie");
  });
});

describe("public list cursors carrying their position", () => {
  it.each(["event", "source", "actor"] as const)(
    "go on from where a %s was when it has since been trashed",
    async (list) => {
      let cursor: string | undefined;
      let page = await lists[list]();
      while (nameOf(page.items[0]) !== "Delta") {
        expect(page.nextCursor).not.toBeNull();
        cursor = page.nextCursor!;
        page = await lists[list](cursor);
      }
      // The cursor issued after Delta; then Delta leaves the published record.
      const afterDelta = page.nextCursor!;
      const where = { id: ids[`${list} Delta`]! };
      const trashed = { deletedAt: new Date() };
      if (list === "event") await db().event.update({ where, data: trashed });
      if (list === "source") await db().source.update({ where, data: trashed });
      if (list === "actor") await db().actor.update({ where, data: trashed });
      const next = await lists[list](afterDelta);
      expect(next.items.map(nameOf)).toEqual(["Echo"]);
      expect(next.nextCursor).toBeNull();
    },
  );

  it("continue from a position between records (a purged record's place)", async () => {
    const page = await lists.event(encodePositionCursor(new Date("2002-06-01"), "zzzz"));
    expect(page.items.map(nameOf)).toEqual(["Charlie"]);
  });

  it.each([
    ["not base64url", "!!!"],
    ["not JSON", Buffer.from("{oops").toString("base64url")],
    ["a wrong shape", Buffer.from('{"a":1}').toString("base64url")],
    ["a key of the wrong kind", encodePositionCursor(42, "abc")],
    ["an altered id", encodePositionCursor("2002-01-01", "x'; DROP TABLE")],
  ])("refuse a malformed cursor (%s) with a message saying what to send", async (_, cursor) => {
    await expectBadRequest(lists.event(cursor), "cursor");
    const error = await lists.event(cursor).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^Invalid cursor: .+\. Pass back the nextCursor/);
  });
});
