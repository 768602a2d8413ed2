import { draftReaderProcedure } from "../shared/draft-reader";
import { publicProcedure, router } from "../trpc";
import { collectionProcedures } from "../workflow/workflow.router";
import { byIdInput } from "../workflow/workflow.schema";
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
    list: draftReaderProcedure
      .input(actorAdminListInput)
      .output(actorAdminListOutput)
      .query(({ ctx, input }) => listActorsForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(actorEditOutput)
      .query(({ ctx, input }) => getActorForEdit(ctx.db, input)),
    ...collectionProcedures(actorKind, { create: actorCreateInput, update: actorUpdateInput }),
  }),
});
