import { makeActor, makeEvent, makeSource } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest } from "../testing/public-caller";
import { encodeCursor } from "./pagination";

// A public list's cursor is an id in disguise; made from an unpublished record's id it used to
// return the page after that record (and an empty page for an unknown id), which told a stranger
// that the record existed and where it sorted.
const ids: Record<string, string> = {};
const { caller } = useSeededTestDatabase(async (client) => {
  for (const [year, title] of [
    ["2001", "Alpha"],
    ["2002", "Bravo"],
    ["2003", "Charlie"],
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
  event: (cursor: string) => caller.event.list({ limit: 1, order: "asc", cursor }),
  source: (cursor: string) => caller.source.list({ limit: 1, cursor }),
  actor: (cursor: string) => caller.actor.list({ limit: 1, cursor }),
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
