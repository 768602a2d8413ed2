import type {
  CaseDetail,
  CaseListItem,
  EventSummary,
  RatingItemOutput,
  SourceSummary,
} from "@kz/api/schemas";
import { stringify } from "csv-stringify/sync";

import { absoluteUrl } from "./absolute-url";
import { ratingRowId } from "./ratings";

/**
 * The bulk downloads on /data: which columns each CSV has, how a record becomes a row, and the
 * encoding. Pure, so the files' shape is unit-tested; the route handlers only fetch and send.
 *
 * Encoding: UTF-8 with a byte-order mark and CRLF line ends (RFC 4180). The BOM is for Excel, which
 * otherwise opens UTF-8 as the local code page and garbles any non-ASCII name; pandas, R's readr,
 * LibreOffice and csv-parse (`bom: true`) skip it, and Python's csv module needs
 * `encoding="utf-8-sig"`.
 *
 * Formulas: a spreadsheet runs a cell that begins with =, +, -, @ (or a tab or CR before one) as a
 * formula, and a title an intruder slipped into the record could then reach the reader's files or
 * network (OWASP "CSV injection"). Such text cells get a leading apostrophe, which spreadsheets
 * read as "this is text"; the /data page says so, and the JSON files keep the values untouched.
 */

type Cell = string | number | null;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => Cell;
}

/** Several slugs in one cell. Slugs never contain a semicolon. */
const list = (refs: readonly { slug: string }[]) => refs.map((r) => r.slug).join(";");

export const eventColumns: CsvColumn<EventSummary>[] = [
  { header: "id", value: (e) => e.id },
  { header: "slug", value: (e) => e.slug },
  { header: "url", value: (e) => e.url },
  { header: "title", value: (e) => e.title },
  { header: "start_date", value: (e) => e.startDate },
  { header: "end_date", value: (e) => e.endDate },
  { header: "date_precision", value: (e) => e.datePrecision },
  { header: "summary", value: (e) => e.summary },
  { header: "topics", value: (e) => list(e.topics) },
  { header: "places", value: (e) => list(e.places) },
  { header: "source_count", value: (e) => e.sourceCount },
];

/** A rating with the series it belongs to and the page that shows it. */
export interface RatingRow extends RatingItemOutput {
  series: string;
  seriesName: string;
  url: string;
}

export const ratingColumns: CsvColumn<RatingRow>[] = [
  { header: "series", value: (r) => r.series },
  { header: "series_name", value: (r) => r.seriesName },
  { header: "year", value: (r) => r.year },
  { header: "political_rights", value: (r) => r.politicalRights },
  { header: "civil_liberties", value: (r) => r.civilLiberties },
  { header: "status", value: (r) => r.statusLabel },
  { header: "rank", value: (r) => r.rank },
  { header: "score", value: (r) => r.score },
  { header: "head_of_state", value: (r) => r.headOfState },
  { header: "note", value: (r) => r.note },
  { header: "sources", value: (r) => list(r.citations.map((c) => c.source)) },
  { header: "url", value: (r) => r.url },
];

/** A source with its page on this site (`url` in the API is the source's own address). */
export interface SourceRow extends SourceSummary {
  pageUrl: string;
}

export const sourceColumns: CsvColumn<SourceRow>[] = [
  { header: "id", value: (s) => s.id },
  { header: "slug", value: (s) => s.slug },
  { header: "url", value: (s) => s.pageUrl },
  { header: "title", value: (s) => s.title },
  { header: "publisher", value: (s) => s.publisher },
  { header: "kind", value: (s) => s.kind },
  { header: "published_date", value: (s) => s.publishedDate },
  { header: "source_url", value: (s) => s.url },
];

/** A case with its page on this site. */
export interface CaseRow extends CaseListItem {
  url: string;
}

/**
 * People by the names the public site shows them under: a protected person's pseudonym (the API
 * never gives anything else), never a real name.
 */
export const caseColumns: CsvColumn<CaseRow>[] = [
  { header: "slug", value: (c) => c.slug },
  { header: "url", value: (c) => c.url },
  { header: "title", value: (c) => c.title },
  { header: "kind", value: (c) => c.kind },
  { header: "people", value: (c) => c.people.map((p) => p.name).join("; ") },
  { header: "unnamed_count", value: (c) => c.unnamedCount },
  { header: "last_status", value: (c) => c.lastKnown?.status ?? null },
  { header: "as_of_date", value: (c) => c.lastKnown?.date ?? null },
  { header: "as_of_precision", value: (c) => c.lastKnown?.datePrecision ?? null },
  { header: "last_status_sources", value: (c) => list(c.lastKnown?.sources ?? []) },
];

/** One entry of a case's timeline, with the case it belongs to and that case's page. */
export interface CaseEntryRow {
  case: string;
  url: string;
  date: string;
  datePrecision: CaseDetail["entries"][number]["datePrecision"];
  status: CaseDetail["entries"][number]["status"];
  term: string | null;
  note: string;
  citations: CaseDetail["entries"][number]["citations"];
}

export const caseEntryColumns: CsvColumn<CaseEntryRow>[] = [
  { header: "case", value: (e) => e.case },
  { header: "url", value: (e) => e.url },
  { header: "date", value: (e) => e.date },
  { header: "date_precision", value: (e) => e.datePrecision },
  { header: "status", value: (e) => e.status },
  { header: "term", value: (e) => e.term },
  { header: "note", value: (e) => e.note },
  { header: "sources", value: (e) => list(e.citations.map((c) => c.source)) },
];

export function caseRows(siteUrl: string, cases: readonly CaseListItem[]): CaseRow[] {
  return cases.map((c) => ({ ...c, url: absoluteUrl(siteUrl, `/cases/${c.slug}`) }));
}

/** Every entry of every case, case by case in the order given, each timeline oldest first. */
export function caseEntryRows(siteUrl: string, cases: readonly CaseDetail[]): CaseEntryRow[] {
  return cases.flatMap((c) =>
    c.entries.map((e) => ({
      case: c.slug,
      url: absoluteUrl(siteUrl, `/cases/${c.slug}`),
      date: e.date,
      datePrecision: e.datePrecision,
      status: e.status,
      term: e.term,
      note: e.note,
      citations: e.citations,
    })),
  );
}

export function ratingRows(
  siteUrl: string,
  series: { slug: string; name: string },
  items: readonly RatingItemOutput[],
): RatingRow[] {
  return items.map((item) => ({
    ...item,
    series: series.slug,
    seriesName: series.name,
    url: absoluteUrl(siteUrl, `/ratings/${series.slug}#${ratingRowId(item.year)}`),
  }));
}

export function sourceRows(siteUrl: string, sources: readonly SourceSummary[]): SourceRow[] {
  return sources.map((s) => ({ ...s, pageUrl: absoluteUrl(siteUrl, `/sources/${s.slug}`) }));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(cell: Cell): Cell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A header row and one row per record; empty cells for nulls; quoted only where needed. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => neutraliseFormula(c.value(row)))),
    {
      header: true,
      columns: columns.map((c) => c.header),
      bom: true,
      record_delimiter: "windows",
      // Must be explicit once a record delimiter is set: a summary with a line break stays one cell.
      quote_record_delimiter: true,
    },
  );
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

export const DATA_LICENSE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

/** The JSON files' shape: when they were made, on what terms, and the records. */
export function jsonDocument<T>(items: readonly T[], extra: Record<string, unknown> = {}) {
  return {
    generatedAt: new Date().toISOString(),
    license: DATA_LICENSE,
    ...extra,
    items,
  };
}

/** Headers that make a browser save the file under `filename`. */
export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
  };
}
