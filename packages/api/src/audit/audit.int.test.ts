import { makeEvent, makeUser } from "@kz/db/testing";
import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import type { CurrentUser } from "../current-user";
import { appRouter } from "../root";
import { callerFor, currentUserOf, type CallerOptions } from "../testing/admin-caller";
import { useTestDatabase } from "../testing/database";
import { expectBadRequest, walkPages } from "../testing/public-caller";

const db = useTestDatabase();

const callerAs = (actor: CurrentUser | null, extra: CallerOptions = {}) =>
  callerFor(db(), actor, { ip: null, ...extra });

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Five entries under a family of actions of their own, a minute apart, by two actors. */
async function seedEntries() {
  const family = `test${Math.random().toString(36).slice(2, 8)}`;
  const { user: alice } = await makeUser(db());
  const { user: bob } = await makeUser(db());
  const rows = [
    { actor: alice, action: `${family}.create`, entityType: "EVENT", entityId: "e1", minute: 0 },
    { actor: alice, action: `${family}.update`, entityType: "EVENT", entityId: "e1", minute: 1 },
    { actor: bob, action: `${family}.update`, entityType: "EVENT", entityId: "e2", minute: 2 },
    { actor: bob, action: `${family}.publish`, entityType: "SOURCE", entityId: "s1", minute: 3 },
    { actor: alice, action: `${family}.update`, entityType: "EVENT", entityId: "e1", minute: 4 },
  ] as const;
  for (const r of rows) {
    await db().auditLog.create({
      data: {
        actorId: r.actor.id,
        actorLabel: r.actor.email,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        ip: "198.51.100.1",
        details: { minute: r.minute },
        createdAt: at(r.minute),
      },
    });
  }
  return { family, alice, bob };
}

const minutesOf = (items: { details: unknown }[]) =>
  items.map((i) => (i.details as { minute: number }).minute);

describe("audit.list", () => {
  it("lists newest first with filters by actor, action, action family, entity and time", async () => {
    const { family, alice, bob } = await seedEntries();
    const admin = callerAs(currentUserOf((await makeUser(db(), { role: "ADMIN" })).user));

    const all = await admin.audit.list({ action: `${family}.`, limit: 50 });
    expect(all.total).toBe(5);
    expect(minutesOf(all.items)).toEqual([4, 3, 2, 1, 0]);
    expect(all.items[0]).toMatchObject({
      actorId: alice.id,
      actorLabel: alice.email,
      action: `${family}.update`,
      entityType: "EVENT",
      entityId: "e1",
      ip: "198.51.100.1",
      createdAt: at(4),
    });

    const byBob = await admin.audit.list({ action: `${family}.`, actorId: bob.id });
    expect(minutesOf(byBob.items)).toEqual([3, 2]);

    const updates = await admin.audit.list({ action: `${family}.update` });
    expect(minutesOf(updates.items)).toEqual([4, 2, 1]);

    const e1 = await admin.audit.list({
      action: `${family}.`,
      entityType: "EVENT",
      entityId: "e1",
    });
    expect(minutesOf(e1.items)).toEqual([4, 1, 0]);

    const sources = await admin.audit.list({ action: `${family}.`, entityType: "SOURCE" });
    expect(minutesOf(sources.items)).toEqual([3]);

    const window = await admin.audit.list({ action: `${family}.`, from: at(1), to: at(3) });
    expect(minutesOf(window.items)).toEqual([3, 2, 1]);
    expect(window.total).toBe(3);
  });

  it("names each record by its title now, and says nothing of one purged since", async () => {
    const family = `named${Math.random().toString(36).slice(2, 8)}`;
    const event = await makeEvent(db(), { title: "Zhanaozen strike" });
    await db().auditLog.createMany({
      data: [
        {
          actorLabel: "system",
          action: `${family}.publish`,
          entityType: "EVENT",
          entityId: event.id,
        },
        { actorLabel: "system", action: `${family}.purge`, entityType: "EVENT", entityId: "gone" },
      ],
    });
    const admin = callerAs(currentUserOf((await makeUser(db(), { role: "ADMIN" })).user));
    const { items } = await admin.audit.list({ action: `${family}.` });
    expect(Object.fromEntries(items.map((i) => [i.entityId, i.entityTitle]))).toEqual({
      [event.id]: "Zhanaozen strike",
      gone: null,
    });
  });

  it("paginates with a stable cursor, entries of the same instant included", async () => {
    const { family } = await seedEntries();
    // Two more at the same instant as an existing one: the id breaks the tie.
    for (const n of [5, 6]) {
      await db().auditLog.create({
        data: {
          actorLabel: "system",
          action: `${family}.tie`,
          details: { minute: n },
          createdAt: at(2),
        },
      });
    }
    const admin = callerAs(currentUserOf((await makeUser(db(), { role: "ADMIN" })).user));
    const first = await admin.audit.list({ action: `${family}.`, limit: 50 });
    const walked = await walkPages((cursor) =>
      admin.audit.list({ action: `${family}.`, limit: 2, cursor }),
    );
    expect(walked.pages).toBe(4);
    expect(walked.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(new Set(walked.items.map((i) => i.id)).size).toBe(7);
    expect(new Set(walked.totals)).toEqual(new Set([7]));
  });

  it("exports every entry the filters match, newest first, titles included", async () => {
    const { family, bob } = await seedEntries();
    const admin = callerAs(currentUserOf((await makeUser(db(), { role: "ADMIN" })).user));
    const all = await admin.audit.export({ action: `${family}.` });
    expect(all.truncated).toBe(false);
    expect(minutesOf(all.items)).toEqual([4, 3, 2, 1, 0]);
    const byBob = await admin.audit.export({ action: `${family}.`, actorId: bob.id });
    expect(minutesOf(byBob.items)).toEqual([3, 2]);
    expect(byBob.items[0]).toMatchObject({ ip: "198.51.100.1", entityTitle: null });
    await expectBadRequest(admin.audit.export({ from: at(5), to: at(1) }), "to");
    for (const role of ["VIEWER", "CONTRIBUTOR", "EDITOR"] as const) {
      const { user } = await makeUser(db(), { role });
      await expect(callerAs(currentUserOf(user)).audit.export()).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("refuses bad input", async () => {
    const admin = callerAs(currentUserOf((await makeUser(db(), { role: "ADMIN" })).user));
    await expectBadRequest(admin.audit.list({ from: at(5), to: at(1) }), "to");
    await expectBadRequest(admin.audit.list({ limit: 0 }), "limit");
    await expectBadRequest(admin.audit.list({ cursor: "!!" }), "cursor");
  });

  it("is for admins only: anonymous UNAUTHORIZED, other roles FORBIDDEN", async () => {
    const code = (call: Promise<unknown>) =>
      call.then(
        () => "ok",
        (e: unknown) => (e as TRPCError).code,
      );
    expect(await code(callerAs(null).audit.list())).toBe("UNAUTHORIZED");
    for (const role of ["VIEWER", "CONTRIBUTOR", "EDITOR"] as const) {
      const { user } = await makeUser(db(), { role });
      expect(await code(callerAs(currentUserOf(user)).audit.list())).toBe("FORBIDDEN");
    }
  });

  it("has no procedure that could change an entry", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string } }
    >;
    const audit = Object.entries(procedures).filter(([path]) => path.startsWith("audit."));
    expect(audit.map(([path]) => path)).toEqual(["audit.list", "audit.export"]);
    expect(audit.every(([, p]) => p._def.type === "query")).toBe(true);
  });
});
