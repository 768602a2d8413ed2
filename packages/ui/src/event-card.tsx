import { Fragment, type ReactNode } from "react";

import {
  englishDates,
  formatEventDate,
  isoAtPrecision,
  type DateLabels,
  type DatePrecision,
} from "./format";

/** A record the event is filed under, by name. */
export interface LinkedName {
  slug: string;
  name: string;
  lang?: string;
}

export interface EventCardProps {
  href: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  /** With `textLang`, each name's own `lang` (translated or not, like the title). */
  topics: LinkedName[];
  places: LinkedName[];
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

/**
 * One event in a list: its date at its precision, title, summary, and where it is filed. Styled by
 * the `kz-event` class (styles.css), its parts by position, rather than utilities on every element: a list page carries
 * a card's markup once per event.
 */
export function EventCard(props: EventCardProps) {
  const sources =
    props.sourcesLabel ?? `${props.sourceCount} ${props.sourceCount === 1 ? "source" : "sources"}`;
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <article className="kz-event">
      <p>
        <time dateTime={isoAtPrecision(props.startDate, props.datePrecision)}>
          {formatEventDate(
            props.startDate,
            props.endDate,
            props.datePrecision,
            props.dateLabels ?? englishDates,
          )}
        </time>
        {props.places.length > 0 ? (
          <span lang={props.textLang ? undefined : props.contentLang}>
            {" · "}
            {props.places.map((p, i) => (
              <Fragment key={p.slug}>
                {i ? ", " : null}
                {props.textLang ? <span lang={p.lang}>{p.name}</span> : p.name}
              </Fragment>
            ))}
          </span>
        ) : null}
      </p>
      <div>
        <Heading lang={props.textLang ? props.textLang.title : props.contentLang}>
          <a href={props.href}>{props.title}</a>
        </Heading>
        <p lang={props.textLang ? props.textLang.summary : props.contentLang}>{props.summary}</p>
      </div>
      {props.children ? <div className="mt-2 text-sm text-slate-700">{props.children}</div> : null}
      <div>
        {props.topics.map((t) => (
          <span key={t.slug} lang={props.textLang ? t.lang : props.contentLang}>
            {t.name}
          </span>
        ))}
        <small>{sources}</small>
      </div>
    </article>
  );
}
