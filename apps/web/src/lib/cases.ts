import {
  caseKindInput,
  caseStatusInput,
  type CaseKindInput,
  type CaseStatusInput,
  type LastKnownStatus,
} from "@kz/api/schemas";
import { formatEventDate, isoAtPrecision, type DateLabels } from "@kz/ui";

import { firstParam, parseEnum, parseSlug, parseYear, type SearchParams } from "./params";

/**
 * How the public site words a case's last known status: always with the date it held as of, at the
 * precision the record knows it, and whose word it rests on. Never a statement about today.
 */

export const CASE_STATUSES = caseStatusInput.options;
export const CASE_KINDS = caseKindInput.options;

export interface CaseFilters {
  lastStatus?: CaseStatusInput;
  kind?: CaseKindInput;
  year?: number;
  topic?: string;
}

/** The /cases filters from the URL; anything the API would refuse is dropped. */
export function parseCaseFilters(params: SearchParams): CaseFilters {
  return {
    lastStatus: parseEnum(firstParam(params, "lastStatus"), CASE_STATUSES),
    kind: parseEnum(firstParam(params, "kind"), CASE_KINDS),
    year: parseYear(firstParam(params, "year")),
    topic: parseSlug(firstParam(params, "topic")),
  };
}

/**
 * Who the last known status rests on: each publisher once, in the order the entry cites them (a
 * source without a publisher by its title).
 */
export function publishersOf(sources: LastKnownStatus["sources"]): string[] {
  const names = sources.map((s) => s.publisher.trim() || s.name.trim()).filter(Boolean);
  return [...new Set(names)];
}

export interface LastKnownWords {
  /** The status in the reader's language, with the sentence's term where there is one. */
  status: string;
  /** "2014", "March 2018", "10 November 2018": no more precise than the record. */
  date: string;
  /** The date as an HTML datetime value at the same precision. */
  dateTime: string;
  /** The publishers as one phrase ("Human Rights Watch and Wikipedia"); null when none is public. */
  sources: string | null;
}

/**
 * The parts of "Last known: detained, as of 2014, per Human Rights Watch", for a message to put
 * in order. `statusLabel` and `withTerm` give the reader's language; `list` joins names
 * ("A, B and C").
 */
export function lastKnownWords(
  lastKnown: LastKnownStatus,
  words: {
    statusLabel: (status: CaseStatusInput) => string;
    withTerm: (status: string, term: string) => string;
    dates: DateLabels;
    list: (items: string[]) => string;
  },
): LastKnownWords {
  const label = words.statusLabel(lastKnown.status);
  const term = lastKnown.term?.trim();
  const publishers = publishersOf(lastKnown.sources);
  return {
    status: term ? words.withTerm(label, term) : label,
    date: formatEventDate(lastKnown.date, null, lastKnown.datePrecision, words.dates),
    dateTime: isoAtPrecision(lastKnown.date, lastKnown.datePrecision),
    sources: publishers.length ? words.list(publishers) : null,
  };
}

/**
 * The years of the "last known to be held" figure: the as-of dates come without their precision,
 * so only their years are shown ("2014 – 2018", or "2018" when both fall in one year), never a
 * day the record may not know.
 */
export function heldAsOfYears(
  asOfFrom: string | null,
  asOfTo: string | null,
  dates: DateLabels,
): string | null {
  if (!asOfFrom || !asOfTo) return null;
  const from = asOfFrom.slice(0, 4);
  const to = asOfTo.slice(0, 4);
  return formatEventDate(`${from}-01-01`, from === to ? null : `${to}-01-01`, "year", dates);
}

/** The years a year filter offers: every year from the earliest case's first entry to the latest's. */
export function caseYears(items: readonly { firstYear: number | null; lastYear: number | null }[]) {
  const firsts = items.flatMap((c) => (c.firstYear === null ? [] : [c.firstYear]));
  const lasts = items.flatMap((c) => (c.lastYear === null ? [] : [c.lastYear]));
  if (!firsts.length || !lasts.length) return [];
  const years: number[] = [];
  for (let y = Math.max(...lasts); y >= Math.min(...firsts); y--) years.push(y);
  return years;
}

/** The topics cases are filed under, each once, by name: the topic filter's options. */
export function caseTopics(
  items: readonly { topics: readonly { slug: string; name: string }[] }[],
) {
  const bySlug = new Map<string, string>();
  for (const c of items) for (const t of c.topics) bySlug.set(t.slug, t.name);
  return [...bySlug]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A word for a sentence's start: "detained" → "Detained", in the reader's language. */
export function capitalise(text: string, locale: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}
