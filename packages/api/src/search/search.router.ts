import { publicProcedure, router } from "../trpc";
import { searchQueryInput, searchQueryOutput } from "./search.schema";
import { search } from "./search.service";

export const searchRouter = router({
  query: publicProcedure
    .input(searchQueryInput)
    .output(searchQueryOutput)
    .query(({ ctx, input }) => search(ctx.db, input, { siteUrl: ctx.siteUrl })),
});
