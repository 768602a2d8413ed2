import { sources } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { collectionAdmin } from "../workflow/workflow.router";
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

/** Sources: public reads, and the admin's (collectionAdmin). */
export const sourceServer = serverCollection(sources, sourceKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: {
          summary: "Published sources, by title, filtered by kind or text, paginated.",
          example: { kind: "report", limit: 5 },
        },
      })
      .input(sourceListInput)
      .output(sourceListOutput)
      .query(({ ctx, input }) => listSources(ctx.db, input)),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary: "One published source and what cites it.",
          example: { slug: "hrw-on-kazakhstan-2014" },
        },
      })
      .input(sourceBySlugInput)
      .output(sourceDetail)
      .query(({ ctx, input }) => getSourceBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
    admin: router({
      ...collectionAdmin(sourceKind, {
        create: sourceCreateInput,
        update: sourceUpdateInput,
        list: {
          input: sourceAdminListInput,
          output: sourceAdminListOutput,
          read: listSourcesForAdmin,
        },
        getForEdit: { output: sourceEditOutput, read: getSourceForEdit },
      }),
    }),
  }),
);
