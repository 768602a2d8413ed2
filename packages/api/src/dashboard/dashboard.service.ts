import type { Db } from "@kz/db";

import { getEditorialQueue } from "./dashboard.queue";
import type { DashboardAdminSummary } from "./dashboard.schema";

/** What an editor sees first: how much of the record is in each workflow state, and what changed last. */
export async function getDashboardSummary(db: Db): Promise<DashboardAdminSummary> {
  const [recent, queue] = await Promise.all([
    db.event.findMany({
      where: { deletedAt: null },
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
    recentlyUpdated: recent.map((e) => ({ ...e, updatedBy: e.updatedBy?.name ?? null })),
    ...queue,
  };
}
