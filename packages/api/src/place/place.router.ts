import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { contributorProcedure, publicProcedure, router } from "../trpc";
import { workflowProcedures } from "../workflow/workflow.router";
import { byIdInput, workflowResultOutput } from "../workflow/workflow.schema";
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
  removePlace,
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
  admin: router({
    list: draftReaderProcedure
      .input(placeAdminListInput)
      .output(placeAdminListOutput)
      .query(({ ctx, input }) => listPlacesForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(placeEditOutput)
      .query(({ ctx, input }) => getPlaceForEdit(ctx.db, input)),
    create: contributorProcedure
      .input(placeCreateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, createPlace(ctx.db, input, editorOf(ctx)))),
    update: contributorProcedure
      .input(placeUpdateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, updatePlace(ctx.db, input, editorOf(ctx)))),
    ...workflowProcedures(placeKind, removePlace),
  }),
});
