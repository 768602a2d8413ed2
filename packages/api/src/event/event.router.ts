import { events } from "../collections";
import { serverCollection } from "../collections/define-server";
import { previewInput } from "../preview/preview.schema";
import { collectionAdmin } from "../workflow/workflow.router";
import { publicProcedure, router } from "../trpc";
import {
  eventAdminListInput,
  eventAdminListOutput,
  eventCreateInput,
  eventEditOutput,
  eventUpdateInput,
} from "./event.admin.schema";
import { eventKind, getEventForEdit, listEventsForAdmin } from "./event.admin.service";
import { previewEvent } from "./event.preview.service";
import { eventBySlugInput, eventDetail, eventListInput, eventListOutput } from "./event.schema";
import { getEventBySlug, listEvents } from "./event.service";

/** Events: public reads, and the admin's (collectionAdmin). */
export const eventServer = serverCollection(events, eventKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: {
          summary: "Published events, newest first, filtered and paginated.",
          details:
            "Filters combine: a topic, place or actor slug, a year or a date range, and full-text `q`. Follow `nextCursor` for the next page; `total` counts every match.",
          example: { topic: "protests", year: 2011, limit: 5 },
        },
      })
      .input(eventListInput)
      .output(eventListOutput)
      .query(({ ctx, input }) => listEvents(ctx.db, input, { siteUrl: ctx.siteUrl })),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary: "One published event with its body, actors, citations and related events.",
          example: { slug: "2011-zhanaozen-oil-worker-strikes" },
        },
      })
      .input(eventBySlugInput)
      .output(eventDetail)
      .query(({ ctx, input }) => getEventBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
    /** The working copy as its public page will look, for the holder of a preview token. */
    preview: publicProcedure
      .meta({
        docs: {
          summary:
            "An unpublished working copy as its public page will look, for the holder of a preview token (see `preview.createToken`).",
          example: { token: "eyJ…(from preview.createToken)" },
        },
      })
      .input(previewInput)
      .output(eventDetail)
      .query(({ ctx, input }) =>
        previewEvent(ctx.db, input, { siteUrl: ctx.siteUrl, previewSecret: ctx.previewSecret }),
      ),
    admin: router({
      ...collectionAdmin(eventKind, {
        create: eventCreateInput,
        update: eventUpdateInput,
        list: {
          input: eventAdminListInput,
          output: eventAdminListOutput,
          read: listEventsForAdmin,
        },
        getForEdit: { output: eventEditOutput, read: getEventForEdit },
      }),
    }),
  }),
);
