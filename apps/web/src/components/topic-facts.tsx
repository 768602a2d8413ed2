import type { TopicFactOutput } from "@kz/api";
import { FootnoteRef, formatEventDate } from "@kz/ui";
import { getLocale, getTranslations } from "next-intl/server";

import { getLabels } from "../i18n/labels";
import { contentLangFor } from "../i18n/routing";
import { CitationNotes } from "./citation-notes";
import { Section } from "./section";

/** An EDTF year or month ("2014", "2020-09") as a date the formatter takes, with its precision. */
function asOfDate(asOf: string) {
  const [year, month] = asOf.split("-");
  return month
    ? { iso: `${year}-${month}-01`, precision: "month" as const }
    : { iso: `${year}-01-01`, precision: "year" as const };
}

/**
 * A topic's cited facts and figures, in the source document's words: each figure with the
 * qualifier the document gives it ("over 3400 religious organizations"), its date only where the
 * document gives one, and its sources as numbered notes below (their own numbering, `fact-n`).
 */
export async function TopicFacts({ facts }: { facts: readonly TopicFactOutput[] }) {
  if (facts.length === 0) return null;
  const [t, locale, labels] = await Promise.all([getTranslations(), getLocale(), getLabels()]);
  const contentLang = contentLangFor(locale);
  let n = 0;
  const numbered = facts.map((f) => ({ ...f, notes: f.citations.map(() => ++n) }));

  return (
    <Section id="topic-facts" title={t("topic.facts")} className="mt-12">
      <p className="mt-1 mb-4 text-sm text-slate-600">{t("topic.factsLead")}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {numbered.map((f) => {
          const asOf = f.asOf ? asOfDate(f.asOf) : null;
          return (
            <li
              key={f.notes[0]}
              data-testid="topic-fact"
              className="rounded border border-slate-200 p-4"
            >
              {f.value === null ? (
                <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {t(`topic.factKinds.${f.kind}`)}
                </p>
              ) : (
                <p lang={contentLang} className="text-brand-900 font-serif text-2xl font-semibold">
                  {[
                    f.qualifier,
                    f.unit === "%" ? `${f.value}%` : f.value,
                    f.unit === "%" ? null : f.unit,
                  ]
                    .filter((part) => part !== null && part !== "")
                    .join(" ")}
                </p>
              )}
              <p className="mt-1 text-slate-800">
                <span lang={contentLang}>{f.label}</span>
                {f.notes.map((note) => (
                  <FootnoteRef
                    key={note}
                    n={note}
                    idPrefix="fact"
                    label={t("citations.marker", { n: note })}
                  />
                ))}
              </p>
              {asOf ? (
                <p className="mt-1 text-sm text-slate-600">
                  {t.rich("topic.asOf", {
                    date: () => (
                      <time dateTime={f.asOf!}>
                        {formatEventDate(asOf.iso, null, asOf.precision, labels.dates)}
                      </time>
                    ),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <CitationNotes
        citations={numbered.flatMap((f) => f.citations)}
        idPrefix="fact"
        referenced
        title={t("topic.factsSources")}
      />
    </Section>
  );
}
