import { actors } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { localizeOne } from "../translation/translation.apply";
import { collectionAdmin } from "../workflow/workflow.router";
import { actorAdmin, actorKind } from "./actor.admin.service";
import { actorBySlugInput, actorDetail, actorListInput, actorListOutput } from "./actor.schema";
import { getActorBySlug, listActors } from "./actor.service";

/** Actors: public reads, and the admin's (collectionAdmin). */
export const actorServer = serverCollection(actors, actorKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: {
          summary: "Published people, organisations and government bodies, by name, paginated.",
          example: { kind: "person", limit: 5 },
        },
      })
      .input(actorListInput)
      .output(actorListOutput)
      .query(({ ctx, input }) => listActors(ctx.db, input)),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary: "One actor and the published events they took part in.",
          example: { slug: "nursultan-nazarbayev" },
        },
      })
      .input(actorBySlugInput)
      .output(actorDetail)
      .query(async ({ ctx, input }) =>
        localizeOne(
          ctx.db,
          "ACTOR",
          input.locale,
          await getActorBySlug(ctx.db, input, { siteUrl: ctx.siteUrl }),
        ),
      ),
    admin: router(collectionAdmin(actorAdmin)),
  }),
);
