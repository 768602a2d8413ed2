import { committed } from "../cache/revalidate";
import { TRANSLATION_ACCESS } from "../security/roles";
import { draftReaderProcedure } from "../shared/draft-reader";
import { editorOf } from "../shared/editor";
import { contributorProcedure, editorProcedure, router } from "../trpc";
import { translationProgress } from "./translation.progress";
import {
  translationEditorOutput,
  translationListInput,
  translationListOutput,
  translationProgressOutput,
  translationPublishInput,
  translationRecordInput,
  translationSaveInput,
  translationWriteOutput,
} from "./translation.schema";
import {
  listTranslations,
  publishTranslation,
  saveTranslation,
  translationEditor,
} from "./translation.service";

// Each write on the base procedure of its level in TRANSLATION_ACCESS.
const BASE = { contributor: contributorProcedure, editor: editorProcedure } as const;

/** Translating the record into Russian and Kazakh: a contributor translates, an editor publishes. */
export const translationRouter = router({
  progress: draftReaderProcedure
    .output(translationProgressOutput)
    .query(({ ctx }) => translationProgress(ctx.db)),
  list: draftReaderProcedure
    .input(translationListInput)
    .output(translationListOutput)
    .query(({ ctx, input }) => listTranslations(ctx.db, input)),
  get: draftReaderProcedure
    .input(translationRecordInput)
    .output(translationEditorOutput)
    .query(({ ctx, input }) => translationEditor(ctx.db, input)),
  save: BASE[TRANSLATION_ACCESS.save]
    .input(translationSaveInput)
    .output(translationWriteOutput)
    .mutation(({ ctx, input }) => committed(ctx, saveTranslation(ctx.db, input, editorOf(ctx)))),
  publish: BASE[TRANSLATION_ACCESS.publish]
    .input(translationPublishInput)
    .output(translationWriteOutput)
    .mutation(({ ctx, input }) => committed(ctx, publishTranslation(ctx.db, input, editorOf(ctx)))),
});
