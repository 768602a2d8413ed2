import { publicProcedure, router } from "../trpc";
import { placeBySlugInput, placeDetail, placeListOutput } from "./place.schema";
import { getPlaceBySlug, listPlaces } from "./place.service";

export const placeRouter = router({
  list: publicProcedure
    .output(placeListOutput)
    .query(({ ctx }) => listPlaces(ctx.db, undefined, ctx.actor)),
  bySlug: publicProcedure
    .input(placeBySlugInput)
    .output(placeDetail)
    .query(({ ctx, input }) => getPlaceBySlug(ctx.db, input, ctx.actor, { siteUrl: ctx.siteUrl })),
});
