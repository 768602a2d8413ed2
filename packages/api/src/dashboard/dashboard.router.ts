import { router, viewerProcedure } from "../trpc";
import { dashboardSummaryOutput } from "./dashboard.schema";
import { getDashboardSummary } from "./dashboard.service";

export const dashboardRouter = router({
  summary: viewerProcedure
    .output(dashboardSummaryOutput)
    .query(({ ctx }) => getDashboardSummary(ctx.db, undefined, ctx.actor)),
});
