import "server-only";

import { env } from "../env";
import { routing, type Locale } from "../i18n/routing";
import {
  caseColumns,
  caseEntryColumns,
  caseEntryRows,
  caseRows,
  CSV_CONTENT_TYPE,
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
import { recordReader } from "./cached";
import { dataPackage, type CODEBOOK } from "./datapackage";
import {
  eventActorColumns,
  eventActorRows,
  eventCitationColumns,
  eventCitationRows,
  eventJsonItem,
  eventPlaceColumns,
  eventPlaceRows,
  eventTableColumns,
  eventTopicColumns,
  eventTopicRows,
} from "./tidy-tables";
import { zip } from "./zip";

/**
 * A download's content and its type (the route adds the headers every download carries), and
 * what its ETag is made from when not the body: JSON files without their `generatedAt` stamp.
 * `locale` (/data/events.csv?locale=ru): the events' titles and summaries in their published
 * translation, English where there is none; the other files are the same in every language.
 */
export type DownloadFile = (locale: Locale) => Promise<{
  body: string | Uint8Array;
  contentType: string;
  version?: string;
}>;

const csv =
  <Row>(
    rows: (locale: Locale) => Promise<readonly Row[]>,
    columns: readonly CsvColumn<Row>[],
  ): DownloadFile =>
  async (locale) => ({ body: toCsv(await rows(locale), columns), contentType: CSV_CONTENT_TYPE });

const json =
  (document: (locale: Locale) => Promise<{ generatedAt: string }>): DownloadFile =>
  async (locale) => {
    const { generatedAt: _, ...content } = await document(locale);
    return {
      body: JSON.stringify({ generatedAt: _, ...content }, null, 2),
      contentType: JSON_CONTENT_TYPE,
      version: JSON.stringify(content),
    };
  };

const site = () => env.PUBLIC_SITE_URL;
/** Every published event with its actors and citations, through the cached reads. */
const eventDetails = async (locale: Locale) => {
  const details = await Promise.all(
    (await allEvents("asc", locale)).map((e) => recordReader("event")(e.slug, locale)),
  );
  // An event withdrawn between the two reads is left out.
  return details.flatMap((d) => (d ? [d] : []));
};
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
const CSV_FILES: Readonly<Record<keyof typeof CODEBOOK, DownloadFile>> = {
  "events.csv": csv((locale) => allEvents("asc", locale), eventTableColumns),
  "event_actors.csv": csv(
    async () => eventActorRows(await eventDetails(routing.defaultLocale)),
    eventActorColumns,
  ),
  "event_citations.csv": csv(
    async () => eventCitationRows(await eventDetails(routing.defaultLocale)),
    eventCitationColumns,
  ),
  "event_topics.csv": csv(async () => eventTopicRows(await allEvents()), eventTopicColumns),
  "event_places.csv": csv(async () => eventPlaceRows(await allEvents()), eventPlaceColumns),
  "cases.csv": csv(cases, caseColumns),
  "case-entries.csv": csv(caseEntries, caseEntryColumns),
  "ratings.csv": csv(async () => (await ratings()).rows, ratingColumns),
  "sources.csv": csv(async () => sourceRows(site(), await allSources()), sourceColumns),
};

const descriptor = json(async () => ({
  generatedAt: new Date().toISOString(),
  ...dataPackage(site()),
}));

/**
 * The whole package in one zip: datapackage.json and every CSV it describes. Its ETag follows the
 * files' content, not the moment it was zipped.
 */
const packageZip: DownloadFile = async () => {
  const files = await Promise.all(
    Object.entries(CSV_FILES).map(async ([name, build]) => ({
      name,
      ...(await build(routing.defaultLocale)),
    })),
  );
  const descriptorFile = await descriptor(routing.defaultLocale);
  const entries = [
    { name: "datapackage.json", content: descriptorFile.body },
    ...files.map((f) => ({ name: f.name, content: f.body })),
  ];
  return {
    body: zip(entries, new Date()),
    contentType: "application/zip",
    version: JSON.stringify([descriptorFile.version, ...files.map((f) => f.body)]),
  };
};

/**
 * Every file under /data, by name (the formats: lib/data-export.ts and tidy-tables.ts; what each
 * holds: the /data page and datapackage.json). Events oldest first, as event.list gives them, in
 * JSON with their actors and citations, and in long tables joined on event_id; cases with their
 * last known status; each entry of every case's timeline; ratings by series and year (JSON: with
 * their series); sources by title; the package's descriptor and codebook; all of it zipped.
 */
export const DOWNLOADS: Readonly<Record<string, DownloadFile>> = {
  ...CSV_FILES,
  "events.json": json(async (locale) =>
    jsonDocument((await eventDetails(locale)).map(eventJsonItem)),
  ),
  "cases.json": json(async () => jsonDocument(await cases())),
  "case-entries.json": json(async () => jsonDocument(await caseEntries())),
  "ratings.json": json(async () => {
    const { lists, rows } = await ratings();
    return jsonDocument(rows, { series: lists.map((l) => l.series) });
  }),
  "datapackage.json": descriptor,
  "kz-rights-data.zip": packageZip,
};
