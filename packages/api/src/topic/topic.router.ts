import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { contributorProcedure, publicProcedure, router } from "../trpc";
import { byIdInput, workflowResultOutput } from "../workflow/workflow.schema";
import { workflowProcedures } from "../workflow/workflow.router";
import {
  topicAdminListInput,
  topicAdminListOutput,
  topicCreateInput,
  topicEditOutput,
  topicUpdateInput,
} from "./topic.admin.schema";
import {
  createTopic,
  getTopicForEdit,
  listTopicsForAdmin,
  removeTopic,
  topicKind,
  updateTopic,
} from "./topic.admin.service";
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
    create: contributorProcedure
      .input(topicCreateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, createTopic(ctx.db, input, editorOf(ctx)))),
    update: contributorProcedure
      .input(topicUpdateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, updateTopic(ctx.db, input, editorOf(ctx)))),
    ...workflowProcedures(topicKind, removeTopic),
  }),
});
