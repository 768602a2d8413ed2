import { draftReaderProcedure } from "../shared/draft-reader";
import { router } from "../trpc";
import { dashboardAdminOutput } from "./dashboard.schema";
import { getDashboardSummary } from "./dashboard.service";

export const dashboardRouter = router({
  summary: draftReaderProcedure
    .output(dashboardAdminOutput)
    .query(({ ctx }) => getDashboardSummary(ctx.db)),
});
