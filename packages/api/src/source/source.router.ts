import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { contributorProcedure, publicProcedure, router } from "../trpc";
import { byIdInput, workflowResultOutput } from "../workflow/workflow.schema";
import { workflowProcedures } from "../workflow/workflow.router";
import {
  sourceAdminListInput,
  sourceAdminListOutput,
  sourceCreateInput,
  sourceEditOutput,
  sourceUpdateInput,
} from "./source.admin.schema";
import {
  createSource,
  getSourceForEdit,
  listSourcesForAdmin,
  removeSource,
  sourceKind,
  updateSource,
} from "./source.admin.service";
import {
  sourceBySlugInput,
  sourceDetail,
  sourceListInput,
  sourceListOutput,
} from "./source.schema";
import { getSourceBySlug, listSources } from "./source.service";

export const sourceRouter = router({
  list: publicProcedure
    .input(sourceListInput)
    .output(sourceListOutput)
    .query(({ ctx, input }) => listSources(ctx.db, input)),
  bySlug: publicProcedure
    .input(sourceBySlugInput)
    .output(sourceDetail)
    .query(({ ctx, input }) => getSourceBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
  admin: router({
    list: draftReaderProcedure
      .input(sourceAdminListInput)
      .output(sourceAdminListOutput)
      .query(({ ctx, input }) => listSourcesForAdmin(ctx.db, input)),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(sourceEditOutput)
      .query(({ ctx, input }) => getSourceForEdit(ctx.db, input)),
    create: contributorProcedure
      .input(sourceCreateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, createSource(ctx.db, input, editorOf(ctx)))),
    update: contributorProcedure
      .input(sourceUpdateInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) => committed(ctx, updateSource(ctx.db, input, editorOf(ctx)))),
    ...workflowProcedures(sourceKind, removeSource),
  }),
});
