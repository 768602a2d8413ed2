import { publicProcedure, router } from "../trpc";
import { eventListInput, eventListOutput } from "./event.schema";
import { listEvents } from "./event.service";

export const eventRouter = router({
  list: publicProcedure
    .input(eventListInput)
    .output(eventListOutput)
    .query(({ ctx, input }) => listEvents(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
});
