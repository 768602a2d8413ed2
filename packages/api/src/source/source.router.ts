import { sources } from "../collections";
import { serverCollection } from "../collections/define-server";
import { draftReaderProcedure } from "../shared/draft-reader";
import { publicProcedure, router } from "../trpc";
import { collectionAdmin } from "../workflow/workflow.router";
import { sourceAdmin, sourceKind } from "./source.admin.service";
import {
  sourceBySlugInput,
  sourceDetail,
  sourceListInput,
  sourceListOutput,
} from "./source.schema";
import { getSourceBySlug, listSources } from "./source.service";
import { sourcesNeedingWork } from "./source-health.read";
import { sourcesNeedingWorkInput, sourcesNeedingWorkOutput } from "./source-health.schema";

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
      ...collectionAdmin(sourceAdmin),
      needingWork: draftReaderProcedure
        .input(sourcesNeedingWorkInput)
        .output(sourcesNeedingWorkOutput)
        .query(({ ctx, input }) => sourcesNeedingWork(ctx.db, input)),
    }),
  }),
);
