import { draftReaderProcedure } from "../shared/draft-reader";
import { publicProcedure, router } from "../trpc";
import { collectionProcedures } from "../workflow/workflow.router";
import { byIdInput } from "../workflow/workflow.schema";
import {
  placeAdminListInput,
  placeAdminListOutput,
  placeCreateInput,
  placeEditOutput,
  placeUpdateInput,
} from "./place.admin.schema";
import { getPlaceForEdit, listPlacesForAdmin, placeKind } from "./place.admin.service";
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
    ...collectionProcedures(placeKind, { create: placeCreateInput, update: placeUpdateInput }),
  }),
});
