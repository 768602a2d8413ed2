import { z } from "zod";

import { revisionChange } from "../revision/revision.schema";
import { instantOutput } from "../shared/common.schema";
import { translatedLocale } from "./locale.schema";
import { translatableEntityTypes } from "./translatable";

export * from "./locale.schema";

export const translatableEntityType = z.enum(translatableEntityTypes as [string, ...string[]], {
  error: "This kind of record has no translated fields",
});

export const translationRecordInput = z.object({
  entityType: translatableEntityType,
  recordId: z.string().min(1).max(64),
  locale: translatedLocale,
});
export type TranslationRecordInput = z.infer<typeof translationRecordInput>;

const fieldState = z.enum(["missing", "draft", "published", "outdated"]);

export const translationEditorOutput = z.object({
  entityType: z.string(),
  recordId: z.string(),
  locale: translatedLocale,
  title: z.string(),
  fields: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      kind: z.enum(["text", "markdown"]),
      /** The English now. */
      english: z.string(),
      /** The English the working translation was made from, when it differs from `english`. */
      englishThen: z.string().nullable(),
      /** What changed in the English since, word by word (as the history's diff shows it). */
      englishChanges: revisionChange.shape.words.unwrap().nullable(),
      text: z.string(),
      state: fieldState,
      reviewed: z.boolean(),
      /** The public site shows a published translation of it (perhaps older than `text`). */
      published: z.boolean(),
      /** The working copy's version, for stale saves (null: none yet). */
      version: z.number().int().nullable(),
      updatedAt: instantOutput.nullable(),
    }),
  ),
});
export type TranslationEditorOutput = z.infer<typeof translationEditorOutput>;

const translationText = z.string().max(100_000, "At most 100,000 characters");

export const translationSaveInput = translationRecordInput.extend({
  fields: z
    .array(
      z.object({
        field: z.string().min(1).max(64),
        text: translationText,
        /** The version the translator started from; null for a field not translated yet. */
        expectedVersion: z.number().int().positive().nullable(),
      }),
    )
    .min(1, "Nothing to save")
    .max(20),
});
export type TranslationSaveInput = z.infer<typeof translationSaveInput>;

export const translationPublishInput = translationRecordInput.extend({
  /** The editor read it against the English: the public page drops its "not yet reviewed" note. */
  reviewed: z.boolean(),
});
export type TranslationPublishInput = z.infer<typeof translationPublishInput>;

export const translationWriteOutput = z.object({ saved: z.number().int() });

export const translationProgressOutput = z.array(
  z.object({
    locale: translatedLocale,
    kinds: z.array(
      z.object({
        entityType: z.string(),
        label: z.string(),
        /** Published records of the kind. */
        total: z.number().int(),
        /** Those with every non-empty translated field published in the language. */
        translated: z.number().int(),
        /** Those with a published translation made from an older English. */
        outdated: z.number().int(),
      }),
    ),
  }),
);
export type TranslationProgressOutput = z.infer<typeof translationProgressOutput>;

export const translationListInput = z.object({
  entityType: translatableEntityType,
  locale: translatedLocale,
  /** "needs": missing, draft or outdated; "all": every record. */
  show: z.enum(["needs", "all"]).default("needs"),
});
export type TranslationListInput = z.infer<typeof translationListInput>;

export const translationListOutput = z.array(
  z.object({
    recordId: z.string(),
    title: z.string(),
    state: fieldState,
  }),
);
export type TranslationListOutput = z.infer<typeof translationListOutput>;
