import type { Db, Status } from "@kz/db";

import { getEditorialQueue } from "./dashboard.queue";
import type { DashboardAdminSummary, StatusCounts } from "./dashboard.schema";

function tally(groups: { status: Status; _count: { _all: number } }[]): StatusCounts {
  const counts: StatusCounts = { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/** What an editor sees first: how much of the record is in each workflow state, and what changed last. */
export async function getDashboardSummary(db: Db, _input: void): Promise<DashboardAdminSummary> {
  const live = { deletedAt: null };
  const [events, sources, topics, ratings, recent, queue] = await Promise.all([
    db.event.groupBy({ by: ["status"], where: live, _count: { _all: true } }),
    db.source.groupBy({ by: ["status"], where: live, _count: { _all: true } }),
    db.topic.groupBy({ by: ["status"], where: live, _count: { _all: true } }),
    db.rating.groupBy({ by: ["workflowStatus"], where: live, _count: { _all: true } }),
    db.event.findMany({
      where: live,
      orderBy: { updatedAt: "desc" },
      take: 8,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
      },
    }),
    getEditorialQueue(db),
  ]);
  return {
    events: tally(events),
    sources: tally(sources),
    topics: tally(topics),
    ratings: tally(ratings.map((r) => ({ status: r.workflowStatus, _count: r._count }))),
    recentlyUpdated: recent.map((e) => ({ ...e, updatedBy: e.updatedBy?.name ?? null })),
    ...queue,
  };
}
