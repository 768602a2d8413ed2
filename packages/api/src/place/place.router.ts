import { places } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { localize, localizeOne } from "../translation/translation.apply";
import { collectionAdmin } from "../workflow/workflow.router";
import { placeAdmin, placeKind } from "./place.admin.service";
import { placeSchemas } from "./place.schema";
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
      .input(placeSchemas.listInput)
      .output(placeSchemas.listOutput)
      .query(async ({ ctx, input }) =>
        localize(ctx.db, "PLACE", input?.locale, await listPlaces(ctx.db)),
      ),
    bySlug: publicProcedure
      .meta({
        docs: { summary: "One place and its published events.", example: { slug: "zhanaozen" } },
      })
      .input(placeSchemas.bySlugInput)
      .output(placeSchemas.detail)
      .query(async ({ ctx, input }) => {
        const place = await getPlaceBySlug(ctx.db, input, { siteUrl: ctx.siteUrl });
        const events = await localize(ctx.db, "EVENT", input.locale, place.events);
        return localizeOne(ctx.db, "PLACE", input.locale, { ...place, events });
      }),
    admin: router(collectionAdmin(placeAdmin)),
  }),
);
