import { makePlace, makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, currentUserOf, outcome } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { PRESENCE_STALE_MS } from "./presence.service";

const { db, users, as } = useTestDatabaseWithRoles();

/** A tab id as the admin makes one. */
let tabs = 0;
const tab = () => `tab-${++tabs}-${Math.random().toString(36).slice(2, 10)}`;

async function place() {
  const { id } = await makePlace(db(), `Presence place ${Math.random().toString(36).slice(2)}`);
  return { entityType: "PLACE" as const, id };
}

describe("presence on edit pages", () => {
  it("gives the lock to the first tab, shows it to the second by name, and hands it over on take over", async () => {
    const record = await place();
    const [first, second] = [tab(), tab()];

    const opened = await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: first });
    expect(opened.holder).toMatchObject({
      name: users.CONTRIBUTOR.name,
      thisTab: true,
      you: true,
    });
    expect(opened.watching).toEqual([]);

    const seen = await as.EDITOR.presence.heartbeat({ ...record, tab: second });
    expect(seen.holder).toMatchObject({
      name: users.CONTRIBUTOR.name,
      thisTab: false,
      you: false,
      since: opened.holder!.since,
    });
    // Names only: no email or id of the other editor in the answer.
    expect(JSON.stringify(seen)).not.toContain(users.CONTRIBUTOR.email);
    expect(JSON.stringify(seen)).not.toContain(users.CONTRIBUTOR.id);

    // The holder's next heartbeat sees who else has the page open, and keeps the lock.
    const again = await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: first });
    expect(again.holder).toMatchObject({ thisTab: true });
    expect(again.watching.map((w) => w.name)).toEqual([users.EDITOR.name]);

    const taken = await as.EDITOR.presence.heartbeat({ ...record, tab: second, takeOver: true });
    expect(taken.holder).toMatchObject({ name: users.EDITOR.name, thisTab: true });

    // The previous holder's next heartbeat learns it lost the lock, and to whom.
    const lost = await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: first });
    expect(lost.holder).toMatchObject({ name: users.EDITOR.name, thisTab: false });
    expect(lost.takenOverBy).toBe(users.EDITOR.name);

    // It does not take the lock back by itself when it comes free, only when asked.
    await as.EDITOR.presence.leave({ ...record, tab: second });
    const free = await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: first });
    expect(free.holder).toBeNull();
    expect(free.takenOverBy).toBe(users.EDITOR.name);
    const back = await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: first, takeOver: true });
    expect(back).toMatchObject({ holder: { thisTab: true }, takenOverBy: null });
  });

  it("frees the lock of a tab not heard from for 45 seconds", async () => {
    const [record, elsewhere] = [await place(), await place()];
    const [gone, next] = [tab(), tab()];
    await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: gone });
    await as.CONTRIBUTOR.presence.heartbeat({ ...elsewhere, tab: gone });
    await db().editPresence.updateMany({
      where: { tabId: gone },
      data: { lastSeenAt: new Date(Date.now() - PRESENCE_STALE_MS - 1000) },
    });
    const after = await as.EDITOR.presence.heartbeat({ ...record, tab: next });
    expect(after.holder).toMatchObject({ name: users.EDITOR.name, thisTab: true });
    expect(after.watching).toEqual([]);
    expect(await db().editPresence.count({ where: { recordId: record.id } })).toBe(1);
    // A page nobody reopens leaves no row behind either.
    expect(await db().editPresence.count({ where: { recordId: elsewhere.id } })).toBe(0);
  });

  it("lets two tabs opening a record together end with one holder", async () => {
    const record = await place();
    const answers = await Promise.all(
      [tab(), tab(), tab()].map((t) => as.EDITOR.presence.heartbeat({ ...record, tab: t })),
    );
    expect(answers.filter((a) => a.holder?.thisTab)).toHaveLength(1);
    expect(
      await db().editPresence.count({ where: { recordId: record.id, lockedAt: { not: null } } }),
    ).toBe(1);
  });

  it("refuses viewers and anonymous callers, and records nothing for them", async () => {
    const record = await place();
    expect(await outcome(as.VIEWER.presence.heartbeat({ ...record, tab: tab() }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcome(callerFor(db(), null).presence.heartbeat({ ...record, tab: tab() }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await db().editPresence.count({ where: { recordId: record.id } })).toBe(0);
  });

  it("refuses a record that does not exist or is in the trash", async () => {
    expect(
      await outcome(
        as.EDITOR.presence.heartbeat({ entityType: "EVENT", id: "no-such-event", tab: tab() }),
      ),
    ).toBe("NOT_FOUND");
    const record = await place();
    await db().place.update({ where: { id: record.id }, data: { deletedAt: new Date() } });
    await expect(as.EDITOR.presence.heartbeat({ ...record, tab: tab() })).rejects.toThrow(
      /in the trash/,
    );
  });

  it("lets a tab leave only its own row", async () => {
    const record = await place();
    const mine = tab();
    await as.CONTRIBUTOR.presence.heartbeat({ ...record, tab: mine });
    const { user } = await makeUser(db(), { role: "EDITOR" });
    await callerFor(db(), currentUserOf(user)).presence.leave({ ...record, tab: mine });
    expect(await db().editPresence.count({ where: { recordId: record.id } })).toBe(1);
    await as.CONTRIBUTOR.presence.leave({ ...record, tab: mine });
    expect(await db().editPresence.count({ where: { recordId: record.id } })).toBe(0);
  });

  it("refuses a malformed tab id with a message that says what one is", async () => {
    const record = await place();
    await expect(as.EDITOR.presence.heartbeat({ ...record, tab: "x y" })).rejects.toThrow(
      /tab id is 8 to 64 letters/,
    );
  });
});
