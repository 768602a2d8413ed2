import { publicProcedure, router } from "../trpc";
import { ratingListInput, ratingListOutput, ratingSeriesListOutput } from "./rating.schema";
import { listRatings, listRatingSeries } from "./rating.service";

export const ratingRouter = router({
  seriesList: publicProcedure
    .output(ratingSeriesListOutput)
    .query(({ ctx }) => listRatingSeries(ctx.db, undefined, ctx.actor)),
  list: publicProcedure
    .input(ratingListInput)
    .output(ratingListOutput)
    .query(({ ctx, input }) => listRatings(ctx.db, input, ctx.actor)),
});
