import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import type { Locale } from "../i18n/routing";
import { citationsOf, type Citable } from "../lib/cite";
import { absoluteUrl } from "../server/page-metadata";
import { HistoryLink } from "./history-link";
import { Section } from "./section";

/**
 * "Cite this": the item in APA, BibTeX, RIS and CSL-JSON, each in a disclosure to copy from.
 * Rendered on the server: the page ships no script for it.
 */
export async function CiteThis({ item, lead }: { item: Citable; lead: "record" | "source" }) {
  const t = await getTranslations("citeThis");
  const c = citationsOf(item);
  const formats = [
    ["APA", c.apa],
    ["BibTeX", c.bibtex],
    ["RIS", c.ris],
    ["CSL-JSON", c.cslJson],
  ] as const;
  return (
    <Section id="cite-this" title={t("title")} className="mt-12">
      <p className="mt-2 text-slate-700">{t(lead)}</p>
      <div className="mt-3 space-y-2">
        {formats.map(([name, text]) => (
          <details key={name} className="rounded-md border border-slate-200 bg-white">
            <summary className="cursor-pointer px-3 py-2 font-medium">{name}</summary>
            <pre
              data-format={name}
              className="overflow-x-auto border-t border-slate-200 px-3 py-2 text-sm break-words whitespace-pre-wrap"
            >
              {text}
            </pre>
          </details>
        ))}
      </div>
    </Section>
  );
}

/** "Cite this" for a page of the record itself (an event, a topic, a person, a place), and the link to its public history. */
export async function CiteRecordPage({
  locale,
  path,
  title,
  updatedAt,
}: {
  locale: Locale;
  /** The page's path without the language: "/events/<slug>". */
  path: string;
  title: string;
  /** When the record was last published, where the API says. */
  updatedAt?: string;
}) {
  const t = await getTranslations("meta");
  return (
    <>
      <CiteThis
        lead="record"
        item={{
          id: path.split("/").pop()!,
          type: "webpage",
          title,
          publisher: t("siteName"),
          containerTitle: t("siteName"),
          url: absoluteUrl(locale, path),
          issued: updatedAt?.slice(0, 10) ?? null,
          accessed: new Date(),
        }}
      />
      <HistoryLink path={path} />
    </>
  );
}

/**
 * How to cite the whole record or its data set: a boxed note whose citation stands as a quotation,
 * after an `intro` and before a `note`.
 */
export function CiteBox({
  id,
  title,
  className,
  intro,
  citation,
  note,
}: {
  id: string;
  title: string;
  /** The box's place on the page (its margin). */
  className: string;
  intro?: ReactNode;
  citation: string;
  note: ReactNode;
}) {
  return (
    <Section
      id={id}
      title={title}
      heading="note"
      className={`${className} rounded-lg border border-slate-200 bg-slate-50 p-5`}
    >
      {intro}
      <blockquote className="mt-3 border-l-4 border-slate-300 pl-4 text-slate-800">
        <p>{citation}</p>
      </blockquote>
      <p className="mt-3 text-sm text-slate-700">{note}</p>
    </Section>
  );
}
