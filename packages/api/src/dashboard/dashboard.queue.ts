import { Prisma, type Db } from "@kz/db";

import { collectionEntityType, type CollectionEntityType } from "../collections";
import type { DashboardAdminSummary, DashboardItem } from "./dashboard.schema";

const LIMIT = 10;
const CONTENT_TYPES = collectionEntityType.options;

type Where = {
  status?: "IN_REVIEW";
  pending?: true;
  scheduled?: true;
};

const byName = { select: { name: true } } as const;
const common = { id: true, version: true, updatedAt: true, publishAt: true, updatedBy: byName };

/** Records of every workflow kind matching `where`: four queries, merged. */
async function queue(
  db: Db,
  where: Where,
  orderBy: "updatedAt" | "publishAt",
): Promise<(DashboardItem & { publishAt: Date | null })[]> {
  const filter = {
    deletedAt: null,
    ...(where.pending ? { pendingChanges: { not: Prisma.DbNull } } : {}),
    ...(where.scheduled ? { publishAt: { not: null } } : {}),
  };
  const order = { [orderBy]: "asc" } as const;
  const [events, sources, topics, ratings] = await Promise.all([
    db.event.findMany({
      where: {
        ...filter,
        ...(where.status ? { status: where.status } : {}),
        ...(where.pending ? { status: "PUBLISHED" } : {}),
      },
      select: { ...common, title: true },
      orderBy: order,
      take: LIMIT,
    }),
    db.source.findMany({
      where: {
        ...filter,
        ...(where.status ? { status: where.status } : {}),
        ...(where.pending ? { status: "PUBLISHED" } : {}),
      },
      select: { ...common, title: true },
      orderBy: order,
      take: LIMIT,
    }),
    db.topic.findMany({
      where: {
        ...filter,
        ...(where.status ? { status: where.status } : {}),
        ...(where.pending ? { status: "PUBLISHED" } : {}),
      },
      select: { ...common, name: true },
      orderBy: order,
      take: LIMIT,
    }),
    db.rating.findMany({
      where: {
        ...filter,
        ...(where.status ? { workflowStatus: where.status } : {}),
        ...(where.pending ? { workflowStatus: "PUBLISHED" } : {}),
      },
      select: { ...common, year: true, series: { select: { name: true } } },
      orderBy: order,
      take: LIMIT,
    }),
  ]);
  const item = (
    entityType: DashboardItem["entityType"],
    r: {
      id: string;
      version: number;
      updatedAt: Date;
      publishAt: Date | null;
      updatedBy: { name: string } | null;
    },
    title: string,
  ) => ({
    entityType,
    id: r.id,
    title,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy?.name ?? null,
    publishAt: r.publishAt,
  });
  const all = [
    ...events.map((e) => item("EVENT", e, e.title)),
    ...sources.map((s) => item("SOURCE", s, s.title)),
    ...topics.map((t) => item("TOPIC", t, t.name)),
    ...ratings.map((r) => item("RATING", r, `${r.series.name} ${r.year}`)),
  ];
  const key = (i: { updatedAt: Date; publishAt: Date | null }) =>
    (orderBy === "publishAt" ? i.publishAt : i.updatedAt)?.getTime() ?? 0;
  return all.sort((a, b) => key(a) - key(b)).slice(0, LIMIT);
}

/** The editors' queue: what waits for review, unpublished changes, the schedule, recent activity. */
export async function getEditorialQueue(
  db: Db,
): Promise<
  Omit<DashboardAdminSummary, "events" | "sources" | "topics" | "ratings" | "recentlyUpdated">
> {
  const live = { deletedAt: null };
  const pending = { ...live, pendingChanges: { not: Prisma.DbNull } };
  const scheduled = { ...live, publishAt: { not: null } };
  const trashed = { deletedAt: { not: null } };
  const [waitingForReview, pendingChanges, scheduledItems, activity, counts] = await Promise.all([
    queue(db, { status: "IN_REVIEW" }, "updatedAt"),
    queue(db, { pending: true }, "updatedAt"),
    queue(db, { scheduled: true }, "publishAt"),
    db.auditLog.findMany({
      where: { entityType: { in: [...CONTENT_TYPES] } },
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
    Promise.all([
      db.event.count({ where: { ...live, status: "IN_REVIEW" } }),
      db.source.count({ where: { ...live, status: "IN_REVIEW" } }),
      db.topic.count({ where: { ...live, status: "IN_REVIEW" } }),
      db.rating.count({ where: { ...live, workflowStatus: "IN_REVIEW" } }),
      db.event.count({ where: { ...pending, status: "PUBLISHED" } }),
      db.source.count({ where: { ...pending, status: "PUBLISHED" } }),
      db.topic.count({ where: { ...pending, status: "PUBLISHED" } }),
      db.rating.count({ where: { ...pending, workflowStatus: "PUBLISHED" } }),
      db.event.count({ where: scheduled }),
      db.source.count({ where: scheduled }),
      db.topic.count({ where: scheduled }),
      db.rating.count({ where: scheduled }),
      db.event.count({ where: trashed }),
      db.source.count({ where: trashed }),
      db.topic.count({ where: trashed }),
      db.rating.count({ where: trashed }),
      db.actor.count({ where: trashed }),
      db.place.count({ where: trashed }),
      db.actor.count({ where: live }),
      db.place.count({ where: live }),
    ]),
  ]);
  const sum = (from: number, to: number) => counts.slice(from, to).reduce((a, b) => a + b, 0);
  const strip = ({ publishAt: _publishAt, ...rest }: DashboardItem & { publishAt: Date | null }) =>
    rest;
  return {
    waitingForReview: waitingForReview.map(strip),
    pendingChanges: pendingChanges.map(strip),
    scheduled: scheduledItems.map((i) => ({ ...strip(i), publishAt: i.publishAt! })),
    recentActivity: activity.map((a) => ({
      ...a,
      entityType: a.entityType as CollectionEntityType | null,
    })),
    counts: {
      inReview: sum(0, 4),
      pendingChanges: sum(4, 8),
      scheduled: sum(8, 12),
      inTrash: sum(12, 18),
      actors: counts[18] ?? 0,
      places: counts[19] ?? 0,
    },
  };
}
