import { publicProcedure, router } from "../trpc";
import { topicBySlugInput, topicDetail, topicListOutput } from "./topic.schema";
import { getTopicBySlug, listTopics } from "./topic.service";

export const topicRouter = router({
  list: publicProcedure
    .output(topicListOutput)
    .query(({ ctx }) => listTopics(ctx.db, undefined, ctx.actor)),
  bySlug: publicProcedure
    .input(topicBySlugInput)
    .output(topicDetail)
    .query(({ ctx, input }) => getTopicBySlug(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
});
