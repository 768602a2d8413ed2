import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { publicProcedure, router } from "../trpc";
import { tier } from "../workflow/workflow.router";
import { byIdInput } from "../workflow/workflow.schema";
import {
  revisionDiffInput,
  revisionDiffOutput,
  revisionGetOutput,
  revisionListInput,
  revisionListOutput,
  revisionRestoreInput,
  revisionRestoreOutput,
} from "./revision.schema";
import { publicHistoryInput, publicHistoryOutput } from "./public-history.schema";
import { getPublicHistory } from "./public-history.service";
import { diffRevisions, getRevision, listRevisions, restoreRevision } from "./revision.service";

export const revisionRouter = router({
  list: draftReaderProcedure
    .input(revisionListInput)
    .output(revisionListOutput)
    .query(({ ctx, input }) => listRevisions(ctx.db, input)),
  get: draftReaderProcedure
    .input(byIdInput)
    .output(revisionGetOutput)
    .query(({ ctx, input }) => getRevision(ctx.db, input)),
  diff: draftReaderProcedure
    .input(revisionDiffInput)
    .output(revisionDiffOutput)
    .query(({ ctx, input }) => diffRevisions(ctx.db, input)),
  public: publicProcedure
    .meta({
      docs: {
        summary:
          "A published record's public history: each published version's date and change note, newest first.",
        example: { collection: "events", slug: "2011-zhanaozen-oil-worker-strikes" },
      },
    })
    .input(publicHistoryInput)
    .output(publicHistoryOutput)
    .query(({ ctx, input }) => getPublicHistory(ctx.db, input)),
  restore: tier("restoreRevision")
    .input(revisionRestoreInput)
    .output(revisionRestoreOutput)
    .mutation(({ ctx, input }) => committed(ctx, restoreRevision(ctx.db, input, editorOf(ctx)))),
});
