import { TRANSLATED_LOCALES } from "@kz/api/schemas";
import { Badge, Button, Card, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { Select } from "../../../components/content/form-controls";
import {
  LANGUAGE_LABELS,
  STATE_LABELS,
  STATE_TONES,
  translationHref,
} from "../../../components/translations/labels";
import { TranslationProgress } from "../../../components/translations/translation-progress";
import type { SearchParams } from "../../../lib/format";
import { oneOf } from "../../../lib/list-params";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Translations" };

/** Records of a kind with where their translation into a language stands: what needs work first. */
export default async function TranslationsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const caller = await api(await requireUser());
  const [query, progress] = await Promise.all([searchParams, caller.translation.progress()]);
  const kinds = progress[0]!.kinds;
  const kind =
    oneOf(
      query,
      "kind",
      kinds.map((k) => k.entityType),
    ) ?? kinds[0]!.entityType;
  const locale = oneOf(query, "locale", TRANSLATED_LOCALES) ?? "ru";
  const show = oneOf(query, "show", ["needs", "all"] as const) ?? "needs";
  const records = await caller.translation.list({ entityType: kind, locale, show });

  return (
    <div className="space-y-8">
      <PageHeading
        title="Translations"
        lead="The record in Russian and Kazakh. English is the source: a translation made from an older English is outdated."
      />
      <TranslationProgress />

      <form className="flex flex-wrap items-end gap-3" aria-label="Which translations">
        <label className="text-sm font-medium text-slate-800">
          Kind
          <Select name="kind" defaultValue={kind} className="mt-1">
            {kinds.map((k) => (
              <option key={k.entityType} value={k.entityType}>
                {k.label}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          Language
          <Select name="locale" defaultValue={locale} className="mt-1">
            {TRANSLATED_LOCALES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABELS[l]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          Show
          <Select name="show" defaultValue={show} className="mt-1">
            <option value="needs">Needs translation into {locale}</option>
            <option value="all">All records</option>
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>

      <Card className="p-0">
        {records.length ? (
          <ul className="divide-y divide-slate-200" data-testid="translation-list">
            {records.map((r) => (
              <li key={r.recordId} className="flex items-baseline justify-between gap-4 px-5 py-3">
                <Link href={translationHref(kind, r.recordId, locale)}>{r.title}</Link>
                <Badge tone={STATE_TONES[r.state]}>{STATE_LABELS[r.state]}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-5 py-4 text-sm text-slate-600">
            Every record of this kind is translated into {LANGUAGE_LABELS[locale]}.
          </p>
        )}
      </Card>
    </div>
  );
}
