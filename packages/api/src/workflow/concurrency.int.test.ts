// Many editors acting on one record at the same moment, on a pool big enough that every call has
// its own connection and they really do run at once.
import { createDb, type Db, type EntityType, type Role } from "@kz/db";
import { makeSource } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CurrentUser } from "../current-user";
import { AppError } from "../errors";
import {
  callerFor,
  eventFormInput,
  makeUsers,
  reportForm,
  type Caller,
} from "../testing/admin-caller";
import { useTestDatabaseWithUrl } from "../testing/database";
import { publicCaller } from "../testing/public-caller";

const CONCURRENT = 20;
const ROUNDS = 20;

const { url } = useTestDatabaseWithUrl("kz_concurrency");
let db: Db;
let as: Record<Role, Caller>;

beforeAll(async () => {
  db = createDb(url(), { max: CONCURRENT + 5 });
  const users: Record<Role, CurrentUser> = await makeUsers(db);
  as = Object.fromEntries(
    Object.entries(users).map(([role, actor]) => [role, callerFor(db, actor)]),
  ) as Record<Role, Caller>;
});

afterAll(async () => {
  await db?.$disconnect();
});

interface Settled {
  code: string;
  currentVersion?: number;
}

/** "ok", or the tRPC code of the failure with the version a CONFLICT reported. */
async function settle(call: Promise<unknown>): Promise<Settled> {
  try {
    await call;
    return { code: "ok" };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const details = error.cause instanceof AppError ? error.cause.details : {};
    return { code: error.code, currentVersion: details.currentVersion as number | undefined };
  }
}

async function draftEvent() {
  const source = await makeSource(db);
  return as.CONTRIBUTOR.event.admin.create(
    eventFormInput({ citations: [{ sourceId: source.id, locator: "p. 1" }] }),
  );
}

interface Target {
  entityType: EntityType;
  id: string;
  version: number;
  /** The save the i-th editor makes, from `version`. */
  save: (i: number) => Promise<unknown>;
  currentVersion: () => Promise<number>;
}

const TARGETS: Record<string, () => Promise<Target>> = {
  "a draft event": async () => {
    const { id } = await draftEvent();
    const { form } = await as.VIEWER.event.admin.getForEdit({ id });
    return {
      entityType: "EVENT",
      id,
      version: 1,
      save: (i) =>
        as.CONTRIBUTOR.event.admin.update({ ...form, id, expectedVersion: 1, title: `Draft ${i}` }),
      currentVersion: async () => (await db.event.findUniqueOrThrow({ where: { id } })).version,
    };
  },
  "a published event, whose saves become pending changes": async () => {
    const { id } = await draftEvent();
    await as.EDITOR.event.admin.publish({ id, expectedVersion: 1 });
    const { form } = await as.VIEWER.event.admin.getForEdit({ id });
    return {
      entityType: "EVENT",
      id,
      version: 2,
      save: (i) =>
        as.EDITOR.event.admin.update({ ...form, id, expectedVersion: 2, summary: `Pending ${i}` }),
      currentVersion: async () => (await db.event.findUniqueOrThrow({ where: { id } })).version,
    };
  },
  "a source": async () => {
    const form = reportForm();
    const { id } = await as.CONTRIBUTOR.source.admin.create(form);
    return {
      entityType: "SOURCE",
      id,
      version: 1,
      save: (i) =>
        as.CONTRIBUTOR.source.admin.update({
          ...form,
          id,
          expectedVersion: 1,
          title: `Report ${i}`,
        }),
      currentVersion: async () => (await db.source.findUniqueOrThrow({ where: { id } })).version,
    };
  },
  "an actor (a draft, saved by a contributor)": async () => {
    const form = {
      name: "Someone",
      kind: "person" as const,
      otherNames: [] as string[],
      description: "",
    };
    const { id } = await as.CONTRIBUTOR.actor.admin.create(form);
    return {
      entityType: "ACTOR",
      id,
      version: 1,
      save: (i) =>
        as.CONTRIBUTOR.actor.admin.update({
          ...form,
          id,
          expectedVersion: 1,
          name: `Someone ${i}`,
        }),
      currentVersion: async () => (await db.actor.findUniqueOrThrow({ where: { id } })).version,
    };
  },
};

describe(`${CONCURRENT} concurrent saves of one record from the same version`, () => {
  it.each(Object.keys(TARGETS))(
    "%s: exactly one succeeds, the others get CONFLICT, one revision is added",
    async (name) => {
      const target = await TARGETS[name]!();
      const where = { entityType: target.entityType, entityId: target.id };
      const revisionsBefore = await db.revision.count({ where });
      const auditBefore = await db.auditLog.count({ where });

      const results = await Promise.all(
        Array.from({ length: CONCURRENT }, (_, i) => settle(target.save(i))),
      );

      expect(results.filter((r) => r.code === "ok")).toHaveLength(1);
      // Every loser waited for the winner's row lock and was told the version it must reload.
      expect(results.filter((r) => r.code !== "ok")).toEqual(
        Array.from({ length: CONCURRENT - 1 }, () => ({
          code: "CONFLICT",
          currentVersion: target.version + 1,
        })),
      );
      expect(await target.currentVersion()).toBe(target.version + 1);
      expect(await db.revision.count({ where })).toBe(revisionsBefore + 1);
      expect(await db.revision.count({ where: { ...where, version: target.version + 1 } })).toBe(1);
      expect(await db.auditLog.count({ where })).toBe(auditBefore + 1);
    },
  );
});

type Verdict = "ok" | "refused" | "gone" | "gave up" | "not tried";

/**
 * What an editor in a hurry does: try `action` from the version they last saw, and on CONFLICT
 * reload and try again. Stops when it succeeds, is refused (BAD_REQUEST), or the record is gone.
 */
async function insist(
  id: string,
  action: (version: number) => Promise<unknown>,
  options: { retryRefusal?: boolean } = {},
): Promise<Verdict> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const row = await db.event.findUnique({ where: { id }, select: { version: true } });
    if (!row) return "gone";
    const { code } = await settle(action(row.version));
    if (code === "ok") return "ok";
    if (code === "NOT_FOUND") return "gone";
    if (code === "BAD_REQUEST" && !options.retryRefusal) return "refused";
    if (code !== "CONFLICT" && code !== "BAD_REQUEST") throw new Error(`Unexpected ${code}`);
    // The purger's refusal means "not in the trash yet": a moment for the trasher to get there.
    if (code === "BAD_REQUEST") await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return "gave up";
}

describe("publish, trash and purge of one record at the same moment", () => {
  it(`leaves a consistent record, history, audit log and changes feed (${ROUNDS} rounds)`, async () => {
    const seen = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await draftEvent();
      const { slug } = await db.event.findUniqueOrThrow({ where: { id } });
      const [publish, trash, purge] = await Promise.all([
        insist(id, (v) => as.EDITOR.event.admin.publish({ id, expectedVersion: v })),
        insist(id, (v) => as.EDITOR.event.admin.trash({ id, expectedVersion: v })),
        // Half the rounds an admin purges as soon as the record reaches the trash.
        round % 2
          ? insist(id, (v) => as.ADMIN.event.admin.purge({ id, expectedVersion: v }), {
              retryRefusal: true,
            })
          : Promise.resolve<Verdict>("not tried"),
      ]);
      const outcome = `publish ${publish}, trash ${trash}, purge ${purge}`;
      seen.set(outcome, (seen.get(outcome) ?? 0) + 1);

      // Publishing fails only because the trash (or the purge) got there first; trashing always
      // succeeds.
      expect(trash, outcome).toBe("ok");
      expect(["ok", "refused", "gone"], outcome).toContain(publish);
      // The purger waits for the trash, so when it tries, it succeeds.
      expect(purge, outcome).toBe(round % 2 ? "ok" : "not tried");

      const row = await db.event.findUnique({ where: { id } });
      const revisions = await db.revision.findMany({
        where: { entityType: "EVENT", entityId: id },
        orderBy: { version: "asc" },
      });
      const audit = (
        await db.auditLog.findMany({
          where: { entityType: "EVENT", entityId: id },
          orderBy: { createdAt: "asc" },
        })
      ).map((a) => a.action);
      const feed = await db.changeLog.findMany({
        where: { entityType: "EVENT", entityId: id },
        orderBy: { seq: "asc" },
      });

      // Whatever happened, the public cannot see it.
      const page = await settle(publicCaller(db).event.bySlug({ slug }));
      expect(page.code, outcome).toBe("NOT_FOUND");
      // The audit log has one line per successful action, whatever the order.
      const count = (action: string) => audit.filter((a) => a === action).length;
      expect(count("event.create")).toBe(1);
      expect(count("event.publish"), outcome).toBe(publish === "ok" ? 1 : 0);
      expect(count("event.trash"), outcome).toBe(1);
      expect(count("event.purge"), outcome).toBe(purge === "ok" ? 1 : 0);
      // The feed announced it only if it was public, and its last word is that it is gone.
      expect(
        feed.map((f) => f.change),
        outcome,
      ).toEqual(publish === "ok" ? ["PUBLISHED", "DELETED"] : []);

      if (purge === "ok") {
        expect(row, outcome).toBeNull();
        expect(revisions, outcome).toEqual([]);
        expect(await db.citation.count({ where: { eventId: id } })).toBe(0);
        continue;
      }
      expect(row?.deletedAt, outcome).not.toBeNull();
      expect(row!.status, outcome).toBe(publish === "ok" ? "PUBLISHED" : "DRAFT");
      expect(row!.publishedAt !== null, outcome).toBe(publish === "ok");
      // One revision per version, no gaps, the last one describing the row as it is.
      expect(revisions.map((r) => r.version)).toEqual(
        Array.from({ length: row!.version }, (_, i) => i + 1),
      );
      expect(revisions.at(-1)!.snapshot).toMatchObject({
        workflowStatus: row!.status,
        inTrash: true,
      });
      expect(
        revisions.some((r) => r.action === "publish"),
        outcome,
      ).toBe(publish === "ok");
      expect(audit.length).toBe(revisions.length);
    }
    console.info("publish/trash/purge outcomes:", Object.fromEntries(seen));
    // No row anywhere points at an event that is gone.
    const orphans = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Revision" r
      WHERE r."entityType" = 'EVENT' AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e.id = r."entityId")`;
    expect(orphans[0]!.n).toBe(0n);
  });
});
