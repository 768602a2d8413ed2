// Presence and soft locking on records' edit pages, for every collection alike. Each open edit page
// heartbeats; the first tab on a record holds the lock, the others see who does and may take it
// over. The lock is advice to people: saves still carry their version, so nothing is overwritten
// unseen whoever holds it.
import { Prisma, type Db } from "@kz/db";

import { COLLECTIONS } from "../collections";
import { AppError, notFound } from "../errors";
import { inTransaction, type Tx } from "../shared/tx";
import type { PresenceHeartbeatInput, PresenceOutput, PresenceTarget } from "./presence.schema";

/** The admin heartbeats every ~10 s; a tab not heard from for this long has gone (closed, asleep). */
export const PRESENCE_STALE_MS = 45_000;

const collectionOf = (entityType: PresenceTarget["entityType"]) =>
  COLLECTIONS.find((c) => c.entityType === entityType)!;

/** A record one may edit: it exists and is not in the trash. */
async function assertEditable(tx: Tx, target: PresenceTarget): Promise<void> {
  const collection = collectionOf(target.entityType);
  const [row] = await tx.$queryRaw<{ deletedAt: Date | null }[]>`
    SELECT "deletedAt" FROM ${Prisma.raw(`"${collection.table}"`)} WHERE id = ${target.id}`;
  if (!row) throw notFound(collection.label);
  if (row.deletedAt)
    throw new AppError(
      "BAD_REQUEST",
      `This ${collection.label.toLowerCase()} is in the trash: restore it to edit it`,
    );
}

const onRecord = (target: PresenceTarget) => ({
  entityType: target.entityType,
  recordId: target.id,
});

/**
 * This tab is (still) on the record's edit page: records it, takes the lock when nobody holds it
 * (or when asked to take it over), and says who holds it and who else is there.
 */
export async function heartbeat(
  db: Db,
  userId: string,
  input: PresenceHeartbeatInput,
  now = new Date(),
): Promise<PresenceOutput> {
  return inTransaction(db, async (tx) => {
    // One heartbeat of a record at a time, or two tabs opening it together would both take the lock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kz.EditPresence.${input.entityType}.${input.id}`}))`;
    await assertEditable(tx, input);
    const where = onRecord(input);
    // Gone tabs, of this record and any other (so rows of pages nobody reopens do not pile up).
    await tx.editPresence.deleteMany({
      where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_STALE_MS) } },
    });
    const mine = await tx.editPresence.upsert({
      where: { entityType_recordId_tabId: { ...where, tabId: input.tab } },
      create: { ...where, tabId: input.tab, userId, openedAt: now, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
    const holder = await tx.editPresence.findFirst({
      where: { ...where, lockedAt: { not: null } },
    });
    if (input.takeOver && holder && holder.id !== mine.id) {
      await tx.editPresence.update({
        where: { id: holder.id },
        data: { lockedAt: null, takenOverById: userId },
      });
    }
    // A free lock goes to whoever is there, except a tab it was taken from: that one asks again.
    const takes = input.takeOver ? holder?.id !== mine.id : !holder && !mine.takenOverById;
    if (takes) {
      await tx.editPresence.update({
        where: { id: mine.id },
        data: { lockedAt: now, takenOverById: null },
      });
    }
    return presenceOf(tx, input, userId);
  });
}

/** This tab left the page: its row goes, and with it the lock if it held it. */
export async function leave(db: Db, userId: string, input: PresenceTarget): Promise<void> {
  await db.editPresence.deleteMany({ where: { ...onRecord(input), tabId: input.tab, userId } });
}

async function presenceOf(tx: Tx, target: PresenceTarget, userId: string): Promise<PresenceOutput> {
  const rows = await tx.editPresence.findMany({
    where: onRecord(target),
    // Names only: an editor needs to know who, not their address.
    include: { user: { select: { name: true } }, takenOverBy: { select: { name: true } } },
    orderBy: { openedAt: "asc" },
  });
  const holder = rows.find((r) => r.lockedAt);
  const mine = rows.find((r) => r.tabId === target.tab);
  return {
    holder: holder
      ? {
          name: holder.user.name,
          since: holder.lockedAt!,
          thisTab: holder.tabId === target.tab,
          you: holder.userId === userId,
        }
      : null,
    takenOverBy: mine?.takenOverBy?.name ?? null,
    watching: rows
      .filter((r) => r !== holder && r.tabId !== target.tab)
      .map((r) => ({ name: r.user.name, since: r.openedAt })),
  };
}
