import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { editorProcedure, publicProcedure, router } from "../trpc";
import { liveTrashProcedures } from "../workflow/live.router";
import { byIdInput } from "../workflow/workflow.schema";
import {
  actorAdminListInput,
  actorAdminListOutput,
  actorCreateInput,
  actorEditOutput,
  actorUpdateInput,
  liveResultOutput,
} from "./actor.admin.schema";
import {
  actorKind,
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
  // Actors have no drafts: a save is public at once, so saving needs an editor.
  admin: router({
    list: draftReaderProcedure
      .input(actorAdminListInput)
      .output(actorAdminListOutput)
      .query(({ ctx, input }) => listActorsForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(actorEditOutput)
      .query(({ ctx, input }) => getActorForEdit(ctx.db, input)),
    create: editorProcedure
      .input(actorCreateInput)
      .output(liveResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, createActor(ctx.db, input, editorOf(ctx)))),
    update: editorProcedure
      .input(actorUpdateInput)
      .output(liveResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, updateActor(ctx.db, input, editorOf(ctx)))),
    ...liveTrashProcedures(actorKind),
  }),
});
