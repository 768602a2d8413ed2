import { places } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { collectionAdmin } from "../workflow/workflow.router";
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

/** Places: public reads, and the admin's (collectionAdmin). */
export const placeServer = serverCollection(places, placeKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: {
          summary:
            "Every published place, with coordinates where known and how many published events happened there.",
        },
      })
      .output(placeListOutput)
      .query(({ ctx }) => listPlaces(ctx.db)),
    bySlug: publicProcedure
      .meta({
        docs: { summary: "One place and its published events.", example: { slug: "zhanaozen" } },
      })
      .input(placeBySlugInput)
      .output(placeDetail)
      .query(({ ctx, input }) => getPlaceBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
    admin: router({
      ...collectionAdmin(placeKind, {
        create: placeCreateInput,
        update: placeUpdateInput,
        list: {
          input: placeAdminListInput,
          output: placeAdminListOutput,
          read: listPlacesForAdmin,
        },
        getForEdit: { output: placeEditOutput, read: getPlaceForEdit },
      }),
    }),
  }),
);
