import { liveResultOutput } from "../actor/actor.admin.schema";
import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { editorProcedure, publicProcedure, router } from "../trpc";
import { liveTrashProcedures } from "../workflow/live.router";
import { byIdInput } from "../workflow/workflow.schema";
import {
  placeAdminListInput,
  placeAdminListOutput,
  placeCreateInput,
  placeEditOutput,
  placeUpdateInput,
} from "./place.admin.schema";
import {
  createPlace,
  getPlaceForEdit,
  listPlacesForAdmin,
  placeKind,
  updatePlace,
} from "./place.admin.service";
import { placeBySlugInput, placeDetail, placeListOutput } from "./place.schema";
import { getPlaceBySlug, listPlaces } from "./place.service";

export const placeRouter = router({
  list: publicProcedure.output(placeListOutput).query(({ ctx }) => listPlaces(ctx.db, undefined)),
  bySlug: publicProcedure
    .input(placeBySlugInput)
    .output(placeDetail)
    .query(({ ctx, input }) => getPlaceBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
  // Places have no drafts: a save is public at once, so saving needs an editor.
  admin: router({
    list: draftReaderProcedure
      .input(placeAdminListInput)
      .output(placeAdminListOutput)
      .query(({ ctx, input }) => listPlacesForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(placeEditOutput)
      .query(({ ctx, input }) => getPlaceForEdit(ctx.db, input)),
    create: editorProcedure
      .input(placeCreateInput)
      .output(liveResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, createPlace(ctx.db, input, editorOf(ctx)))),
    update: editorProcedure
      .input(placeUpdateInput)
      .output(liveResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, updatePlace(ctx.db, input, editorOf(ctx)))),
    ...liveTrashProcedures(placeKind),
  }),
});
