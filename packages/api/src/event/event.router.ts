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
      .input(eventListInput)
      .output(eventListOutput)
      .query(({ ctx, input }) => listEvents(ctx.db, input, { siteUrl: ctx.siteUrl })),
    bySlug: publicProcedure
      .input(eventBySlugInput)
      .output(eventDetail)
      .query(({ ctx, input }) => getEventBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
    /** The working copy as its public page will look, for the holder of a preview token. */
    preview: publicProcedure
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
