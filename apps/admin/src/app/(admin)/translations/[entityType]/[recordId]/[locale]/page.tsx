import type { RevisionEntityType } from "@kz/api/schemas";
import { TRANSLATION_ACCESS, roleMayCall } from "@kz/api/security";
import { PageHeading } from "@kz/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Words } from "../../../../../../components/content/history-view";
import { LANGUAGE_LABELS, translationHref } from "../../../../../../components/translations/labels";
import { TranslationHistory } from "../../../../../../components/translations/translation-history";
import { TranslationEditor } from "../../../../../../components/translations/translation-editor";
import { contentHref } from "../../../../../../lib/content-links";
import { abilities } from "../../../../../../lib/roles";
import { api } from "../../../../../../server/caller";
import { requireUser } from "../../../../../../server/require-user";

export const metadata: Metadata = { title: "Translate" };

/** One record's translation into one language, side by side with its English. */
export default async function TranslatePage({
  params,
}: {
  params: Promise<{ entityType: string; recordId: string; locale: string }>;
}) {
  const user = await requireUser();
  const { entityType, recordId, locale } = await params;
  const caller = await api(user);
  const record = { entityType, recordId, locale: locale as "ru" | "kk" };
  const data = await caller.translation.get(record).catch((error: unknown) => {
    // A kind without translations, a language we do not translate into, an unknown record.
    if (error instanceof TRPCError && ["BAD_REQUEST", "NOT_FOUND"].includes(error.code)) notFound();
    throw error;
  });
  const revisions = await caller.revision.list({
    entityType: data.entityType as RevisionEntityType,
    entityId: recordId,
    locale: data.locale,
  });
  const diffs = Object.fromEntries(
    data.fields.flatMap((f) =>
      f.englishChanges
        ? [
            [
              f.field,
              <>
                <Words words={f.englishChanges} side="before" />
                {" → "}
                <Words words={f.englishChanges} side="after" />
              </>,
            ],
          ]
        : [],
    ),
  );
  const recordHref = contentHref(entityType, recordId);

  return (
    <div className="space-y-6">
      <PageHeading
        title={`${data.title} — ${LANGUAGE_LABELS[data.locale]}`}
        lead="English on the left; the translation on the right."
      />
      <p className="text-sm">
        <Link href={`/translations?kind=${entityType}&locale=${data.locale}`}>
          All {LANGUAGE_LABELS[data.locale]} translations
        </Link>
        {recordHref ? (
          <>
            {" · "}
            <Link href={recordHref}>The English record</Link>
          </>
        ) : null}
      </p>
      <TranslationEditor
        data={data}
        diffs={diffs}
        canPublish={roleMayCall(user.role, TRANSLATION_ACCESS.publish)}
      />
      <TranslationHistory
        revisions={revisions}
        canRestore={abilities(user.role).restoreRevision}
        published={data.fields.some((f) => f.published)}
        editorHref={translationHref(entityType, recordId, data.locale)}
      />
    </div>
  );
}
