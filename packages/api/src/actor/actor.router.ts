import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { contributorProcedure, publicProcedure, router } from "../trpc";
import { workflowProcedures } from "../workflow/workflow.router";
import { byIdInput, workflowResultOutput } from "../workflow/workflow.schema";
import {
  actorAdminListInput,
  actorAdminListOutput,
  actorCreateInput,
  actorEditOutput,
  actorUpdateInput,
} from "./actor.admin.schema";
import {
  actorKind,
  removeActor,
  createActor,
  getActorForEdit,
  listActorsForAdmin,
  updateActor,
} from "./actor.admin.service";
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
    create: contributorProcedure
      .input(actorCreateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, createActor(ctx.db, input, editorOf(ctx)))),
    update: contributorProcedure
      .input(actorUpdateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, updateActor(ctx.db, input, editorOf(ctx)))),
    ...workflowProcedures(actorKind, removeActor),
  }),
});
