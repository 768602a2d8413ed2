import { publicProcedure, router } from "../trpc";
import {
  sourceBySlugInput,
  sourceDetail,
  sourceListInput,
  sourceListOutput,
} from "./source.schema";
import { getSourceBySlug, listSources } from "./source.service";

export const sourceRouter = router({
  list: publicProcedure
    .input(sourceListInput)
    .output(sourceListOutput)
    .query(({ ctx, input }) => listSources(ctx.db, input, ctx.actor)),
  bySlug: publicProcedure
    .input(sourceBySlugInput)
    .output(sourceDetail)
    .query(({ ctx, input }) => getSourceBySlug(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
});
