import { z } from "zod";

const statusCounts = z.object({
  DRAFT: z.number().int(),
  IN_REVIEW: z.number().int(),
  PUBLISHED: z.number().int(),
  ARCHIVED: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCounts>;

export const dashboardSummaryOutput = z.object({
  events: statusCounts,
  sources: statusCounts,
  topics: statusCounts,
  ratings: statusCounts,
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
