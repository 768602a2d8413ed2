import { topics } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { collectionAdmin } from "../workflow/workflow.router";
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

/** Topics: public reads, and the admin's (collectionAdmin). */
export const topicServer = serverCollection(topics, topicKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: { summary: "The published topics, one per section of the document, in its order." },
      })
      .output(topicListOutput)
      .query(({ ctx }) => listTopics(ctx.db)),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary: "One published topic: its overview, citations and events.",
          example: { slug: "religious-freedom" },
        },
      })
      .input(topicBySlugInput)
      .output(topicDetail)
      .query(({ ctx, input }) => getTopicBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
    admin: router({
      ...collectionAdmin(topicKind, {
        create: topicCreateInput,
        update: topicUpdateInput,
        list: {
          input: topicAdminListInput,
          output: topicAdminListOutput,
          read: listTopicsForAdmin,
        },
        getForEdit: { output: topicEditOutput, read: getTopicForEdit },
      }),
    }),
  }),
);
