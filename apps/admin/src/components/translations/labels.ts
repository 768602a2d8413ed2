// How the translation pages name languages and states.
import type { TranslationEditorOutput } from "@kz/api/schemas";

export const LANGUAGE_LABELS = { ru: "Russian", kk: "Kazakh" } as const;

export type TranslationState = TranslationEditorOutput["fields"][number]["state"];

export const STATE_LABELS: Record<TranslationState, string> = {
  missing: "Not translated",
  draft: "Draft",
  published: "Published",
  outdated: "Outdated",
};

export const STATE_TONES = {
  missing: "neutral",
  draft: "brand",
  published: "success",
  outdated: "warning",
} as const satisfies Record<TranslationState, string>;

/** The translation editor of one record in one language. */
export const translationHref = (entityType: string, recordId: string, locale: string) =>
  `/translations/${entityType}/${recordId}/${locale}`;
