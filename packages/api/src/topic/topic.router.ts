import { topics } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { localize, localizeOne } from "../translation/translation.apply";
import { collectionAdmin } from "../workflow/workflow.router";
import { topicAdmin, topicKind } from "./topic.admin.service";
import { topicSchemas } from "./topic.schema";
import { getTopicBySlug, listTopics } from "./topic.service";

/** Topics: public reads, and the admin's (collectionAdmin). */
export const topicServer = serverCollection(topics, topicKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: { summary: "The published topics, one per section of the document, in its order." },
      })
      .input(topicSchemas.listInput)
      .output(topicSchemas.listOutput)
      .query(async ({ ctx, input }) =>
        localize(ctx.db, "TOPIC", input?.locale, await listTopics(ctx.db)),
      ),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary: "One published topic: its overview, citations and events.",
          example: { slug: "religious-freedom" },
        },
      })
      .input(topicSchemas.bySlugInput)
      .output(topicSchemas.detail)
      .query(async ({ ctx, input }) => {
        const topic = await getTopicBySlug(ctx.db, input, { siteUrl: ctx.siteUrl });
        const events = await localize(ctx.db, "EVENT", input.locale, topic.events);
        return localizeOne(ctx.db, "TOPIC", input.locale, { ...topic, events });
      }),
    admin: router(collectionAdmin(topicAdmin)),
  }),
);
