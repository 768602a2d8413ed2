import { ratings } from "../collections";
import { serverCollection } from "../collections/define-server";
import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { editorProcedure, publicProcedure, router } from "../trpc";
import { localize } from "../translation/translation.apply";
import { collectionAdmin } from "../workflow/workflow.router";
import {
  ratingImportCommitInput,
  ratingImportCommitOutput,
  ratingImportPreviewInput,
  ratingImportPreviewOutput,
  ratingSeriesAdminOutput,
} from "./rating.admin.schema";
import { ratingAdmin, listRatingSeriesForAdmin, ratingKind } from "./rating.admin.service";
import { commitRatingImport, previewRatingImport } from "./rating.import.service";
import {
  ratingListInput,
  ratingListOutput,
  ratingSeriesListInput,
  ratingSeriesListOutput,
} from "./rating.schema";
import { listRatings, listRatingSeries } from "./rating.service";

// A CSV of up to a million characters (ratingImportPreviewInput), as JSON: Cyrillic takes two
// bytes a character and escaped quotes two characters, so room for about five times 1 MB.
const CSV_BODY = { maxBodyBytes: 5_000_000 };

/** Ratings: public reads, and the admin's (collectionAdmin). */
export const ratingServer = serverCollection(ratings, ratingKind, () =>
  router({
    seriesList: publicProcedure
      .meta({
        docs: {
          summary:
            "The rating series (Freedom in the World, Rule of Law Index) and the years they cover.",
        },
      })
      .input(ratingSeriesListInput)
      .output(ratingSeriesListOutput)
      .query(async ({ ctx, input }) =>
        localize(ctx.db, "RATING_SERIES", input?.locale, await listRatingSeries(ctx.db)),
      ),
    list: publicProcedure
      .meta({
        docs: {
          summary: "A series with its published ratings by year, each with its citations.",
          example: { series: "freedom-in-the-world" },
        },
      })
      .input(ratingListInput)
      .output(ratingListOutput)
      .query(async ({ ctx, input }) => {
        const list = await listRatings(ctx.db, input);
        const [series] = await localize(ctx.db, "RATING_SERIES", input.locale, [list.series]);
        return { ...list, series: series! };
      }),
    /**
     * Checks a CSV row by row and says what an import would do; writes nothing. A mutation only so the
     * CSV travels in a POST body.
     */
    importPreview: editorProcedure
      .meta(CSV_BODY)
      .input(ratingImportPreviewInput)
      .output(ratingImportPreviewOutput)
      .mutation(({ ctx, input }) => previewRatingImport(ctx.db, input)),
    importCommit: editorProcedure
      .meta(CSV_BODY)
      .input(ratingImportCommitInput)
      .output(ratingImportCommitOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, commitRatingImport(ctx.db, input, editorOf(ctx))),
      ),
    admin: router({
      /** Series with their ids, which `list` and the import take. */
      seriesList: draftReaderProcedure
        .output(ratingSeriesAdminOutput)
        .query(({ ctx }) => listRatingSeriesForAdmin(ctx.db)),
      ...collectionAdmin(ratingAdmin),
    }),
  }),
);
