import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { router } from "../trpc";
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
  restore: tier("restoreRevision")
    .input(revisionRestoreInput)
    .output(revisionRestoreOutput)
    .mutation(({ ctx, input }) => committed(ctx, restoreRevision(ctx.db, input, editorOf(ctx)))),
});
