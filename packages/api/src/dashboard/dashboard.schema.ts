import { z } from "zod";
import { collectionEntityType } from "../collections";

const statusCounts = z.object({
  DRAFT: z.number().int(),
  IN_REVIEW: z.number().int(),
  PUBLISHED: z.number().int(),
  ARCHIVED: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCounts>;

export const dashboardSummaryOutput = z.object({
  /** How many records of each collection (out of the trash) are in each state, in registry order. */
  collections: z.array(z.object({ entityType: collectionEntityType, counts: statusCounts })),
  recentlyUpdated: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      status: z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"]),
      updatedAt: z.date(),
      updatedBy: z.string().nullable(),
    }),
  ),
});
export type DashboardSummary = z.infer<typeof dashboardSummaryOutput>;

/** A record that waits for someone: in review, or published with changes not yet published. */
export const dashboardItem = z.object({
  entityType: collectionEntityType,
  id: z.string(),
  title: z.string(),
  version: z.number().int(),
  updatedAt: z.date(),
  updatedBy: z.string().nullable(),
});
export type DashboardItem = z.infer<typeof dashboardItem>;

export const dashboardAdminOutput = dashboardSummaryOutput.extend({
  /** Drafts submitted for review, oldest first (they have waited longest). */
  waitingForReview: z.array(dashboardItem),
  /** Published records with saved changes the public does not see yet. */
  pendingChanges: z.array(dashboardItem),
  /** What will be published, soonest first. */
  scheduled: z.array(dashboardItem.extend({ publishAt: z.date() })),
  /** The latest content changes from the audit log (no logins, no IPs). */
  recentActivity: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      actorLabel: z.string(),
      entityType: collectionEntityType.nullable(),
      entityId: z.string().nullable(),
      /** The record's title now; null once it is purged. */
      entityTitle: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  counts: z.object({
    inReview: z.number().int(),
    pendingChanges: z.number().int(),
    scheduled: z.number().int(),
    inTrash: z.number().int(),
  }),
});
export type DashboardAdminSummary = z.infer<typeof dashboardAdminOutput>;
