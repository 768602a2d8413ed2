import { TRANSLATION_ACCESS, roleMayCall } from "@kz/api/security";
import { PageHeading } from "@kz/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Words } from "../../../../../../components/content/history-view";
import { LANGUAGE_LABELS } from "../../../../../../components/translations/labels";
import { TranslationEditor } from "../../../../../../components/translations/translation-editor";
import { contentHref } from "../../../../../../lib/content-links";
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
  const data = await caller.translation
    .get({ entityType, recordId, locale: locale as "ru" | "kk" })
    .catch((error: unknown) => {
      // A kind without translations, a language we do not translate into, an unknown record.
      if (error instanceof TRPCError && ["BAD_REQUEST", "NOT_FOUND"].includes(error.code))
        notFound();
      throw error;
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
    </div>
  );
}
