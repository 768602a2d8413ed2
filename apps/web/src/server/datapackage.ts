// datapackage.json: the /data files as a Frictionless Data tabular data package (specs v1,
// https://specs.frictionlessdata.io/data-package/), whose table schemas are the codebook: every
// column of every CSV, with its type and meaning. A column added to a file without a line here
// fails datapackage.test.ts.
import {
  caseColumns,
  caseEntryColumns,
  ratingColumns,
  sourceColumns,
  type CsvColumn,
} from "../lib/data-export";
import {
  eventActorColumns,
  eventCitationColumns,
  eventPlaceColumns,
  eventTableColumns,
  eventTopicColumns,
} from "./tidy-tables";

type FieldType = "string" | "integer" | "number" | "date" | "boolean";
type Field = [type: FieldType, description: string];

interface Table {
  title: string;
  description: string;
  columns: readonly CsvColumn<never>[];
  fields: Record<string, Field>;
  primaryKey?: string[];
  /** Columns that name a row of another table: [columns, table, its columns]. */
  foreignKeys?: [string[], string, string[]][];
}

const EVENT_KEY: Record<string, Field> = {
  event_id: ["string", "The event's id (events.csv `id`)."],
  event_slug: ["string", "The event's slug (events.csv `slug`)."],
};
const TO_EVENTS: [string[], string, string[]] = [["event_id"], "events", ["id"]];
const SLUGS = "Slugs separated by semicolons.";
const TITLE: Field = ["string", "Title."];
const PRECISION: Field = ["string", "day, month or year."];
const SOURCE_URL: Field = ["string", "The source's own address, if it has one."];
/** A record's page, of an event or a case. */
const pageUrl = (noun: "event" | "case"): Field => ["string", `The ${noun}'s page on the site.`];
/** The slug of a record an event links to, whose page is /<noun>s/<slug>. */
const linkSlug = (noun: "actor" | "topic" | "place"): Field => [
  "string",
  `The ${noun}'s slug (its page: /${noun}s/<slug>).`,
];

/** The long form of an event's links to a collection (topics, places): a row per event and record. */
const eventLinks = (
  noun: "topic" | "place",
  title: string,
  columns: readonly CsvColumn<never>[],
): Table => ({
  title,
  description: `One row per event and ${noun}.`,
  columns,
  primaryKey: ["event_id", `${noun}_slug`],
  foreignKeys: [TO_EVENTS],
  fields: {
    ...EVENT_KEY,
    [`${noun}_slug`]: linkSlug(noun),
    [`${noun}_name`]: ["string", `The ${noun}'s name in English.`],
  },
});

/** Every CSV of the package, by file name: what it holds and what each column means. */
export const CODEBOOK: Readonly<Record<string, Table>> = {
  "events.csv": {
    title: "Events",
    description: "Published events, oldest first.",
    columns: eventTableColumns as CsvColumn<never>[],
    primaryKey: ["id"],
    fields: {
      id: ["string", "Stable identifier of the event."],
      slug: ["string", "The event's name in its address; may change when the title is corrected."],
      url: pageUrl("event"),
      title: TITLE,
      start_date: [
        "date",
        "When it began (YYYY-MM-DD). At month or year precision, the first day of that month or year: use date_edtf to group by month or year.",
      ],
      end_date: ["date", "When it ended, if it lasted more than a day; empty otherwise."],
      date_precision: ["string", "How precisely the date is known: day, month or year."],
      summary: ["string", "One-paragraph summary."],
      topics: ["string", `The event's topics. ${SLUGS} Long form: event_topics.csv.`],
      places: ["string", `Where it happened. ${SLUGS} Long form: event_places.csv.`],
      source_count: ["integer", "Number of distinct sources cited (event_citations.csv)."],
      date_edtf: [
        "string",
        "The date at its precision in EDTF (ISO 8601-2, level 0): 2011-12-16, 2005-12, 1992, or start/end.",
      ],
    },
  },
  "event_actors.csv": {
    title: "Actors of events",
    description: "One row per event, actor and role.",
    columns: eventActorColumns as CsvColumn<never>[],
    foreignKeys: [TO_EVENTS],
    fields: {
      ...EVENT_KEY,
      actor_slug: linkSlug("actor"),
      actor_name: [
        "string",
        "The name shown; a protected person's pseudonym, never the real name.",
      ],
      actor_kind: ["string", "person, organization or government_body."],
      name_withheld: ["boolean", "true when the name is a pseudonym protecting the person."],
      role: ["string", "The actor's part in the event, as the record states it."],
    },
  },
  "event_citations.csv": {
    title: "Citations of events",
    description: "One row per footnote of an event, in footnote order.",
    columns: eventCitationColumns as CsvColumn<never>[],
    primaryKey: ["event_id", "position"],
    foreignKeys: [TO_EVENTS, [["source_slug"], "sources", ["slug"]]],
    fields: {
      ...EVENT_KEY,
      position: ["integer", "The footnote's number on the event's page (1, 2, …)."],
      source_slug: ["string", "The cited source (sources.csv `slug`)."],
      source_title: ["string", "The source's title."],
      publisher: ["string", "Who published the source."],
      source_url: SOURCE_URL,
      locator: ["string", "Where in the source (page, section), if given."],
      quote: ["string", "The passage relied on, if quoted."],
      attributed_to: ["string", "Whose words the source reports, when the claim is theirs."],
    },
  },
  "event_topics.csv": eventLinks(
    "topic",
    "Topics of events",
    eventTopicColumns as CsvColumn<never>[],
  ),
  "event_places.csv": eventLinks(
    "place",
    "Places of events",
    eventPlaceColumns as CsvColumn<never>[],
  ),
  "sources.csv": {
    title: "Sources",
    description: "Published sources, by title.",
    columns: sourceColumns as CsvColumn<never>[],
    primaryKey: ["id"],
    fields: {
      id: ["string", "Stable identifier of the source."],
      slug: ["string", "The source's name in its address."],
      url: ["string", "The source's page on this site."],
      title: TITLE,
      publisher: ["string", "Who published it."],
      kind: ["string", "report, statement, news, law, dataset, article or other."],
      published_date: ["date", "When it was published, if known."],
      source_url: SOURCE_URL,
    },
  },
  "ratings.csv": {
    title: "Ratings",
    description: "Published ratings by series, then year.",
    columns: ratingColumns as CsvColumn<never>[],
    primaryKey: ["series", "year"],
    fields: {
      series: ["string", "The series' slug (e.g. Freedom House, Rule of Law Index)."],
      series_name: ["string", "The series' name."],
      year: ["integer", "The year rated."],
      political_rights: [
        "integer",
        "Freedom House political rights rating, where the series has it.",
      ],
      civil_liberties: [
        "integer",
        "Freedom House civil liberties rating, where the series has it.",
      ],
      status: ["string", "The status the series gives (e.g. Not Free), where it has one."],
      rank: ["integer", "Rank, where the series ranks countries."],
      score: ["number", "Score, where the series scores countries."],
      head_of_state: ["string", "Head of state in that year, as the record states it."],
      note: ["string", "Editor's note on the rating."],
      sources: ["string", `Sources the rating rests on. ${SLUGS}`],
      url: ["string", "The rating's row on the series' page."],
    },
  },
  "cases.csv": {
    title: "Cases",
    description: "Published cases, most recent last known status first.",
    columns: caseColumns as CsvColumn<never>[],
    primaryKey: ["slug"],
    fields: {
      slug: ["string", "The case's slug."],
      url: pageUrl("case"),
      title: TITLE,
      kind: ["string", "detention, prosecution, physical_attack, harassment or other."],
      people: ["string", "The people concerned, by the names shown, separated by semicolons."],
      unnamed_count: ["integer", "People concerned who are not named."],
      last_status: ["string", "The last known status of the case."],
      as_of_date: ["date", "When that status was last known (at as_of_precision)."],
      as_of_precision: PRECISION,
      last_status_sources: ["string", `Sources for the last known status. ${SLUGS}`],
    },
  },
  "case-entries.csv": {
    title: "Case timelines",
    description: "Every entry of every case's timeline, case by case, oldest first.",
    columns: caseEntryColumns as CsvColumn<never>[],
    foreignKeys: [[["case"], "cases", ["slug"]]],
    fields: {
      case: ["string", "The case's slug (cases.csv `slug`)."],
      url: pageUrl("case"),
      date: ["date", "When (at date_precision)."],
      date_precision: PRECISION,
      status: ["string", "The case's status from this entry on."],
      term: ["string", "A sentence or term, where one was given."],
      note: ["string", "What happened."],
      sources: ["string", `Sources for the entry. ${SLUGS}`],
    },
  },
};

/** The resource name of a file: its name without the extension, as the spec's pattern allows. */
export const resourceName = (file: string) => file.replace(/\.csv$/, "").replace(/_/g, "-");

export const DATA_LICENSE_ID = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
};

/** The descriptor, for a site at `siteUrl` (the download adds when it was made: generatedAt). */
export function dataPackage(siteUrl: string) {
  const home = siteUrl.replace(/\/+$/, "");
  return {
    profile: "tabular-data-package",
    name: "kz-human-rights-monitor",
    title: "Kazakhstan Human Rights Monitor: the published record",
    description:
      "Events, sources, ratings and cases of the Kazakhstan Human Rights Monitor, with every fact linked to the sources it rests on. CSV files are UTF-8 with a byte-order mark and CRLF line ends; a text cell that would start a spreadsheet formula (=, +, -, @) starts with an apostrophe.",
    homepage: `${home}/data`,
    licenses: [DATA_LICENSE_ID],
    sources: [{ title: "Kazakhstan Human Rights Monitor", path: home }],
    resources: Object.entries(CODEBOOK).map(([file, table]) => ({
      profile: "tabular-data-resource",
      name: resourceName(file),
      path: file,
      title: table.title,
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
      licenses: [DATA_LICENSE_ID],
      schema: {
        fields: table.columns.map(({ header }) => {
          const [type, description] = table.fields[header] ?? ["string", ""];
          return { name: header, type, description };
        }),
        missingValues: [""],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
        ...(table.foreignKeys
          ? {
              foreignKeys: table.foreignKeys.map(([fields, resource, keys]) => ({
                fields,
                reference: { resource, fields: keys },
              })),
            }
          : {}),
      },
    })),
  };
}
