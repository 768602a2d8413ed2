import "server-only";

import { env } from "../env";
import {
  caseColumns,
  caseEntryColumns,
  caseEntryRows,
  caseRows,
  CSV_CONTENT_TYPE,
  eventColumns,
  JSON_CONTENT_TYPE,
  jsonDocument,
  ratingColumns,
  ratingRows,
  sourceColumns,
  sourceRows,
  toCsv,
  type CsvColumn,
} from "../lib/data-export";
import { allCaseDetails, allCases, allEvents, allRatings, allSources } from "./all-records";

/**
 * A download's content and its type (the route adds the headers every download carries), and
 * what its ETag is made from when not the body: JSON files without their `generatedAt` stamp.
 */
export type DownloadFile = () => Promise<{ body: string; contentType: string; version?: string }>;

const csv =
  <Row>(rows: () => Promise<readonly Row[]>, columns: readonly CsvColumn<Row>[]): DownloadFile =>
  async () => ({ body: toCsv(await rows(), columns), contentType: CSV_CONTENT_TYPE });

const json =
  (document: () => Promise<{ generatedAt: string }>): DownloadFile =>
  async () => {
    const { generatedAt: _, ...content } = await document();
    return {
      body: JSON.stringify({ generatedAt: _, ...content }, null, 2),
      contentType: JSON_CONTENT_TYPE,
      version: JSON.stringify(content),
    };
  };

const site = () => env.PUBLIC_SITE_URL;
const cases = async () => caseRows(site(), await allCases());
const caseEntries = async () => caseEntryRows(site(), await allCaseDetails());
/** Every published rating of every series, by series, then year. */
const ratings = async () => {
  const lists = await allRatings();
  return { lists, rows: lists.flatMap((l) => ratingRows(site(), l.series, l.items)) };
};

/**
 * Every file under /data, by name (the formats: lib/data-export.ts; what each holds: the /data
 * page). Events oldest first, as event.list gives them; cases with their last known status; each
 * entry of every case's timeline; ratings by series and year (JSON: with their series); sources
 * by title.
 */
export const DOWNLOADS: Readonly<Record<string, DownloadFile>> = {
  "events.csv": csv(allEvents, eventColumns),
  "events.json": json(async () => jsonDocument(await allEvents())),
  "cases.csv": csv(cases, caseColumns),
  "cases.json": json(async () => jsonDocument(await cases())),
  "case-entries.csv": csv(caseEntries, caseEntryColumns),
  "case-entries.json": json(async () => jsonDocument(await caseEntries())),
  "ratings.csv": csv(async () => (await ratings()).rows, ratingColumns),
  "ratings.json": json(async () => {
    const { lists, rows } = await ratings();
    return jsonDocument(rows, { series: lists.map((l) => l.series) });
  }),
  "sources.csv": csv(async () => sourceRows(site(), await allSources()), sourceColumns),
};
