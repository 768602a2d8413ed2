import { draftReaderProcedure } from "../shared/draft-reader";
import { publicProcedure, router } from "../trpc";
import { byIdInput } from "../workflow/workflow.schema";
import { collectionProcedures } from "../workflow/workflow.router";
import {
  topicAdminListInput,
  topicAdminListOutput,
  topicCreateInput,
  topicEditOutput,
  topicUpdateInput,
} from "./topic.admin.schema";
import { getTopicForEdit, listTopicsForAdmin, topicKind } from "./topic.admin.service";
import { topicBySlugInput, topicDetail, topicListOutput } from "./topic.schema";
import { getTopicBySlug, listTopics } from "./topic.service";

export const topicRouter = router({
  list: publicProcedure.output(topicListOutput).query(({ ctx }) => listTopics(ctx.db, undefined)),
  bySlug: publicProcedure
    .input(topicBySlugInput)
    .output(topicDetail)
    .query(({ ctx, input }) => getTopicBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
  admin: router({
    list: draftReaderProcedure
      .input(topicAdminListInput)
      .output(topicAdminListOutput)
      .query(({ ctx, input }) => listTopicsForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(topicEditOutput)
      .query(({ ctx, input }) => getTopicForEdit(ctx.db, input)),
    ...collectionProcedures(topicKind, { create: topicCreateInput, update: topicUpdateInput }),
  }),
});
