import { previewInput } from "../preview/preview.schema";
import { byIdInput } from "../workflow/workflow.schema";
import { collectionProcedures } from "../workflow/workflow.router";
import { draftReaderProcedure } from "../shared/draft-reader";
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

export const eventRouter = router({
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
    list: draftReaderProcedure
      .input(eventAdminListInput)
      .output(eventAdminListOutput)
      .query(({ ctx, input }) => listEventsForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(eventEditOutput)
      .query(({ ctx, input }) => getEventForEdit(ctx.db, input)),
    ...collectionProcedures(eventKind, { create: eventCreateInput, update: eventUpdateInput }),
  }),
});
