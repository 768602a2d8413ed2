import type { CaseListOutput, LastKnownStatus } from "@kz/api";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { getLabels } from "../i18n/labels";
import { contentLangFor } from "../i18n/routing";
import { heldAsOfYears, lastKnownWords } from "../lib/cases";

/**
 * "Last known: detained, as of 2014, per Human Rights Watch": a case's latest status, always with
 * the date it held as of (no more precise than the record) and the publishers of its sources.
 */
export async function LastKnown({
  lastKnown,
  className,
}: {
  lastKnown: LastKnownStatus | null;
  className?: string;
}) {
  const [t, labels, locale] = await Promise.all([getTranslations(), getLabels(), getLocale()]);
  if (!lastKnown) return <p className={className}>{t("cases.noStatus")}</p>;
  const words = lastKnownWords(lastKnown, {
    statusLabel: (status) => t(`cases.statuses.${status}`),
    withTerm: (status, term) => t("cases.withTerm", { status, term }),
    dates: labels.dates,
    list: (items) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items),
  });
  const parts = {
    status: words.status,
    date: words.date,
    label: (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>,
    time: (chunks: ReactNode) => <time dateTime={words.dateTime}>{chunks}</time>,
  };
  return (
    <p className={className}>
      {words.sources
        ? t.rich("cases.lastKnown", {
            ...parts,
            sources: words.sources,
            // Publishers' names are the record's content, in its language.
            src: (chunks: ReactNode) => <span lang={contentLangFor(locale)}>{chunks}</span>,
          })
        : t.rich("cases.lastKnownNoSource", parts)}
    </p>
  );
}

/**
 * How many people in how many cases were last known to be held, over the whole record, with the
 * years their statuses held as of: never a figure about today.
 */
export async function HeldFigure({
  held,
  headingId = "held",
  footer,
}: {
  held: CaseListOutput["held"];
  headingId?: string;
  /** Under the note, e.g. a link to the cases. */
  footer?: ReactNode;
}) {
  const [t, labels] = await Promise.all([getTranslations("cases"), getLabels()]);
  const years = heldAsOfYears(held.asOfFrom, held.asOfTo, labels.dates);
  return (
    <section
      aria-labelledby={headingId}
      className="border-l-brand-700 rounded-lg border border-l-4 border-slate-200 bg-slate-50 p-5"
    >
      <h2 id={headingId} className="text-brand-900 font-serif text-xl font-semibold">
        {t("heldTitle")}
      </h2>
      {held.cases && years ? (
        <p className="mt-2 flex flex-wrap items-baseline gap-x-3 text-lg text-slate-900">
          {/* The figure at a glance; the sentence says it in full for everyone. */}
          <span aria-hidden="true" className="text-brand-900 font-serif text-4xl font-semibold">
            {held.people}
          </span>
          <span className="min-w-0">
            {t("held", { people: held.people, cases: held.cases, years })}
          </span>
        </p>
      ) : (
        <p className="mt-2 text-lg text-slate-900">{t("heldNone")}</p>
      )}
      <p className="mt-2 text-sm text-slate-700">{t("heldNote")}</p>
      {footer}
    </section>
  );
}
