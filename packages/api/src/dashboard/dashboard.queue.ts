import { Prisma, type Db, type Status } from "@kz/db";

import { COLLECTIONS, collectionEntityType, type CollectionEntityType } from "../collections";
import { SERVER_KINDS } from "../collections/server";
import { recordsOf, titleKey, titlesOf } from "../collections/titles";
import type { WorkflowKind } from "../workflow/engine";
import type { DashboardAdminSummary, DashboardItem, StatusCounts } from "./dashboard.schema";

const LIMIT = 10;
const KINDS = COLLECTIONS.map((c) => SERVER_KINDS[c.entityType]);

type Queue = "inReview" | "pending" | "scheduled";

// Fixed SQL per queue over a kind's table `t` (its status column named by the kind).
const CONDITION: Record<Queue, (status: Prisma.Sql) => Prisma.Sql> = {
  inReview: (status) => Prisma.sql`${status} = 'IN_REVIEW'`,
  pending: (status) => Prisma.sql`${status} = 'PUBLISHED' AND t."pendingChanges" IS NOT NULL`,
  scheduled: () => Prisma.sql`t."publishAt" IS NOT NULL`,
};

const statusOf = (kind: WorkflowKind<object>) => Prisma.raw(`t."${kind.sql.status}"`);
const tableOf = (kind: WorkflowKind<object>) => Prisma.raw(`"${kind.table}"`);

type QueueRow = DashboardItem & { publishAt: Date | null };

/**
 * The records of every collection in one queue, `LIMIT` of them: each table gives its first ones,
 * then the union is ordered again. One query, however many collections are registered.
 */
async function queue(db: Db, which: Queue, orderBy: "updatedAt" | "publishAt") {
  const order = Prisma.raw(`"${orderBy}"`);
  const parts = KINDS.map(
    (kind) => Prisma.sql`(
      SELECT ${kind.entityType}::text AS "entityType", t.id, ${Prisma.raw(kind.sql.title)} AS title,
             t.version, t."updatedAt", t."publishAt", u.name AS "updatedBy"
      FROM ${tableOf(kind)} t LEFT JOIN "User" u ON u.id = t."updatedById"
      WHERE t."deletedAt" IS NULL AND ${CONDITION[which](statusOf(kind))}
      ORDER BY t.${order} ASC, t.id LIMIT ${LIMIT})`,
  );
  return db.$queryRaw<QueueRow[]>`
    SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) q
    ORDER BY ${order} ASC, id LIMIT ${LIMIT}`;
}

interface CountRow {
  entityType: CollectionEntityType;
  status: Status;
  live: number;
  pending: number;
  scheduled: number;
  trashed: number;
}

/** Per collection and status: records out of the trash, with pending changes, scheduled, in the trash. */
function countRows(db: Db) {
  const parts = KINDS.map(
    (kind) => Prisma.sql`
      SELECT ${kind.entityType}::text AS "entityType", ${statusOf(kind)}::text AS status,
        count(*) FILTER (WHERE t."deletedAt" IS NULL)::int AS live,
        count(*) FILTER (WHERE t."deletedAt" IS NULL AND ${CONDITION.pending(statusOf(kind))})::int AS pending,
        count(*) FILTER (WHERE t."deletedAt" IS NULL AND ${CONDITION.scheduled(statusOf(kind))})::int AS scheduled,
        count(*) FILTER (WHERE t."deletedAt" IS NOT NULL)::int AS trashed
      FROM ${tableOf(kind)} t GROUP BY ${statusOf(kind)}`,
  );
  return db.$queryRaw<CountRow[]>`${Prisma.join(parts, " UNION ALL ")}`;
}

const noCounts = (): StatusCounts => ({ DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 });

/**
 * The editors' queue: what waits for review, unpublished changes, the schedule, recent activity,
 * and how many records of each collection are in each state.
 */
export async function getEditorialQueue(
  db: Db,
): Promise<Omit<DashboardAdminSummary, "recentlyUpdated">> {
  const [waitingForReview, pendingChanges, scheduled, activity, rows] = await Promise.all([
    queue(db, "inReview", "updatedAt"),
    queue(db, "pending", "updatedAt"),
    queue(db, "scheduled", "publishAt"),
    db.auditLog.findMany({
      where: { entityType: { in: [...collectionEntityType.options] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 15,
      select: {
        id: true,
        action: true,
        actorLabel: true,
        entityType: true,
        entityId: true,
        createdAt: true,
      },
    }),
    countRows(db),
  ]);
  const titles = await titlesOf(db, recordsOf(activity));
  const byCollection = new Map(KINDS.map((k) => [k.entityType, noCounts()]));
  const sum = (pick: (r: CountRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  for (const r of rows) byCollection.get(r.entityType)![r.status] = r.live;
  const strip = ({ publishAt: _publishAt, ...rest }: QueueRow) => rest;
  return {
    collections: [...byCollection].map(([entityType, counts]) => ({ entityType, counts })),
    waitingForReview: waitingForReview.map(strip),
    pendingChanges: pendingChanges.map(strip),
    scheduled: scheduled.map((i) => ({ ...strip(i), publishAt: i.publishAt! })),
    recentActivity: activity.map((a) => ({
      ...a,
      entityType: a.entityType as CollectionEntityType | null,
      entityTitle:
        a.entityType && a.entityId
          ? (titles.get(titleKey(a.entityType, a.entityId)) ?? null)
          : null,
    })),
    counts: {
      inReview: sum((r) => (r.status === "IN_REVIEW" ? r.live : 0)),
      pendingChanges: sum((r) => r.pending),
      scheduled: sum((r) => r.scheduled),
      inTrash: sum((r) => r.trashed),
    },
  };
}
