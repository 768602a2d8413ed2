import { publicProcedure, router } from "../trpc";
import { actorBySlugInput, actorDetail, actorListInput, actorListOutput } from "./actor.schema";
import { getActorBySlug, listActors } from "./actor.service";

export const actorRouter = router({
  list: publicProcedure
    .input(actorListInput)
    .output(actorListOutput)
    .query(({ ctx, input }) => listActors(ctx.db, input, ctx.actor)),
  bySlug: publicProcedure
    .input(actorBySlugInput)
    .output(actorDetail)
    .query(({ ctx, input }) => getActorBySlug(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
});
