import { draftReaderProcedure } from "../shared/draft-reader";
import { publicProcedure, router } from "../trpc";
import { byIdInput } from "../workflow/workflow.schema";
import { collectionProcedures } from "../workflow/workflow.router";
import {
  sourceAdminListInput,
  sourceAdminListOutput,
  sourceCreateInput,
  sourceEditOutput,
  sourceUpdateInput,
} from "./source.admin.schema";
import { getSourceForEdit, listSourcesForAdmin, sourceKind } from "./source.admin.service";
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
    ...collectionProcedures(sourceKind, { create: sourceCreateInput, update: sourceUpdateInput }),
  }),
});
