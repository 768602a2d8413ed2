import type { ReactNode } from "react";

import { Badge } from "./components";
import {
  englishDates,
  formatEventDate,
  isoAtPrecision,
  type DateLabels,
  type DatePrecision,
} from "./format";

export interface EventCardProps {
  href: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  topics: { slug: string; name: string }[];
  places: { slug: string; name: string }[];
  sourceCount: number;
  /** The date's words in the reader's language. */
  dateLabels?: DateLabels;
  /** "3 sources", in the reader's language. */
  sourcesLabel?: string;
  /** The language of the record's text when it differs from the page's, e.g. "en" on /ru pages. */
  contentLang?: string;
  /** The title's and summary's own language where they differ from `contentLang` (translated). */
  textLang?: { title?: string; summary?: string };
  /** The title's heading level where the list sits deeper in the page (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** More about the event in this list, e.g. an actor's role in it; shown under the summary. */
  children?: ReactNode;
}

/** One event in a list: its date at its precision, title, summary, and where it is filed. */
export function EventCard(props: EventCardProps) {
  const sources =
    props.sourcesLabel ?? `${props.sourceCount} ${props.sourceCount === 1 ? "source" : "sources"}`;
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <article className="border-b border-slate-200 py-5 last:border-b-0">
      <p className="text-sm font-medium text-slate-500">
        <time dateTime={isoAtPrecision(props.startDate, props.datePrecision)}>
          {formatEventDate(
            props.startDate,
            props.endDate,
            props.datePrecision,
            props.dateLabels ?? englishDates,
          )}
        </time>
        {props.places.length > 0 ? (
          <span lang={props.contentLang}> · {props.places.map((p) => p.name).join(", ")}</span>
        ) : null}
      </p>
      <div>
        <Heading
          className="text-brand-900 mt-1 font-serif text-xl font-semibold"
          lang={props.textLang ? props.textLang.title : props.contentLang}
        >
          <a href={props.href} className="text-inherit">
            {props.title}
          </a>
        </Heading>
        <p
          className="mt-2 text-slate-700"
          lang={props.textLang ? props.textLang.summary : props.contentLang}
        >
          {props.summary}
        </p>
      </div>
      {props.children ? <div className="mt-2 text-sm text-slate-700">{props.children}</div> : null}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {props.topics.map((t) => (
          <Badge key={t.slug} tone="brand" lang={props.contentLang}>
            {t.name}
          </Badge>
        ))}
        <span className="text-xs text-slate-500">{sources}</span>
      </div>
    </article>
  );
}
