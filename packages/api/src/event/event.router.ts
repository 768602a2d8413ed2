import { publicProcedure, router } from "../trpc";
import { eventBySlugInput, eventDetail, eventListInput, eventListOutput } from "./event.schema";
import { getEventBySlug, listEvents } from "./event.service";

export const eventRouter = router({
  list: publicProcedure
    .input(eventListInput)
    .output(eventListOutput)
    .query(({ ctx, input }) => listEvents(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
  bySlug: publicProcedure
    .input(eventBySlugInput)
    .output(eventDetail)
    .query(({ ctx, input }) => getEventBySlug(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
});
