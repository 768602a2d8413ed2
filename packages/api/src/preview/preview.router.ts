import { editorOf } from "../shared/editor";
import { draftRevealingContributorProcedure } from "../shared/draft-reader";
import { router } from "../trpc";
import { previewCreateTokenInput, previewTokenOutput } from "./preview.schema";
import { createPreviewToken } from "./preview.service";

export const previewRouter = router({
  createToken: draftRevealingContributorProcedure
    .input(previewCreateTokenInput)
    .output(previewTokenOutput)
    .mutation(({ ctx, input }) =>
      createPreviewToken(ctx.db, input, editorOf(ctx), ctx.previewSecret),
    ),
});
