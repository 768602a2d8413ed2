import { publicProcedure, router } from "../trpc";
import { collectionAdmin } from "../workflow/workflow.router";
import {
  actorAdminListInput,
  actorAdminListOutput,
  actorCreateInput,
  actorEditOutput,
  actorUpdateInput,
} from "./actor.admin.schema";
import { actorKind, getActorForEdit, listActorsForAdmin } from "./actor.admin.service";
import { actorBySlugInput, actorDetail, actorListInput, actorListOutput } from "./actor.schema";
import { getActorBySlug, listActors } from "./actor.service";

export const actorRouter = router({
  list: publicProcedure
    .input(actorListInput)
    .output(actorListOutput)
    .query(({ ctx, input }) => listActors(ctx.db, input)),
  bySlug: publicProcedure
    .input(actorBySlugInput)
    .output(actorDetail)
    .query(({ ctx, input }) => getActorBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
  admin: router({
    ...collectionAdmin(actorKind, {
      create: actorCreateInput,
      update: actorUpdateInput,
      list: { input: actorAdminListInput, output: actorAdminListOutput, read: listActorsForAdmin },
      getForEdit: { output: actorEditOutput, read: getActorForEdit },
    }),
  }),
});
