import { getTranslations } from "next-intl/server";

interface Props {
  translation?: { reviewed: boolean; outdated: string[]; fallback: string[] } | undefined;
}

/**
 * What a reader should know of a record's translation: that no editor has reviewed it yet, or
 * that the English changed after it was made. Nothing for English, or for a reviewed, current one.
 */
export async function TranslationNote({ translation }: Props) {
  if (!translation) return null;
  const t = await getTranslations("translation");
  const notes = [
    ...(translation.outdated.length ? [t("outdated")] : []),
    // A record with nothing translated is English throughout: the fields say so with lang="en".
    ...(!translation.reviewed ? [t("notReviewed")] : []),
  ];
  if (!notes.length) return null;
  return (
    <p
      className="mt-3 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="translation-note"
      role="note"
    >
      {notes.join(" ")}
    </p>
  );
}
