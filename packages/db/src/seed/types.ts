import type {
  ActorKind,
  CaseKind,
  CaseStatus,
  DatePrecision,
  FreedomStatus,
  SourceKind,
  TopicFactKind,
} from "../generated/prisma/enums";

/** A calendar date as "YYYY-MM-DD"; a MONTH or YEAR date is the first day of that month or year. */
export type IsoDate = `${number}-${number}-${number}`;

/** Where a record's content comes from. `locator` is the section of the source document. */
export interface SeedCitation {
  source: string;
  locator?: string;
  /** Verbatim from the source document, never paraphrased. */
  quote?: string;
  /** Whose words the document reports ("eyewitnesses"): an attribution, never in the locator. */
  attributedTo?: string;
}

export interface SeedSource {
  slug: string;
  title: string;
  publisher: string;
  kind: SourceKind;
  /**
   * The document's own words naming the source, or the speaker of the words it reports (kept in
   * the seed only: the cross-check holds each source to them). Absent for the document itself.
   */
  namedAs?: string;
  /** Only where docs/sources.md shows the page verified (the document gives no URLs). */
  url?: string;
  /** Where the document states the full date, or the verified page shows it. */
  publishedDate?: IsoDate;
  notes?: string;
}

export interface SeedTopic {
  slug: string;
  name: string;
  /** The section's text in the document's words, as markdown. */
  overview: string;
  position: number;
  citations: SeedCitation[];
}

/** A cited fact of a topic (a figure, an undated statement, a named instrument or programme). */
export interface SeedTopicFact {
  topic: string;
  kind: TopicFactKind;
  /** What the fact is about, in the document's words; an instrument's or programme's name as the text gives it. */
  label: string;
  value?: number;
  /** The text's own qualifier of the number ("over", "nearly", "about", "some"), never dropped. */
  qualifier?: string;
  unit?: string;
  /** EDTF ("2014", "2020-09"), only where the text dates the fact. */
  asOf?: string;
  citations: [SeedCitation, ...SeedCitation[]];
}

export interface SeedActor {
  slug: string;
  name: string;
  kind: ActorKind;
  otherNames?: string[];
  description?: string;
}

export interface SeedPlace {
  slug: string;
  name: string;
  otherNames?: string[];
  /** Only as the source document supports it (e.g. "Kazakhstan"); coordinates are the one outside fact. */
  region?: string;
  latitude: number;
  longitude: number;
}

export interface SeedEventActor {
  actor: string;
  /** What the actor did in the event, e.g. "signatory", "detained". */
  role: string;
}

export interface SeedEvent {
  slug: string;
  title: string;
  summary: string;
  /** Markdown, in the document's words. */
  body: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  datePrecision: DatePrecision;
  /** Topic slugs; the first is the section of the document the event comes from. */
  topics: [string, ...string[]];
  places: string[];
  actors: SeedEventActor[];
  citations: [SeedCitation, ...SeedCitation[]];
}

export interface SeedRatingSeries {
  slug: string;
  name: string;
  publisher: string;
  description: string;
  scaleDescription: string;
  yearNote: string;
  position: number;
}

export interface SeedRating {
  series: string;
  year: number;
  politicalRights?: number;
  civilLiberties?: number;
  status?: FreedomStatus;
  rank?: number;
  score?: number;
  headOfState?: string;
  note?: string;
  citations: [SeedCitation, ...SeedCitation[]];
}

/** One step of a case's timeline, as the document (or a verified source) states it. */
export interface SeedCaseEntry {
  date: IsoDate;
  datePrecision: DatePrecision;
  status: CaseStatus;
  note: string;
  term?: string;
  citations: [SeedCitation, ...SeedCitation[]];
}

export interface SeedCase {
  slug: string;
  title: string;
  kind: CaseKind;
  summary: string;
  /** Actor slugs of the people concerned, in order. */
  people: string[];
  /** People concerned the document does not name: a count, never invented names. */
  unnamedCount?: number;
  /** In date order; the last is the case's last known status. */
  entries: [SeedCaseEntry, ...SeedCaseEntry[]];
  findings?: {
    body: string;
    finding: string;
    /** Left out where the document gives no date. */
    date?: IsoDate;
    datePrecision?: DatePrecision;
    citations: [SeedCitation, ...SeedCitation[]];
  }[];
  events: string[];
  topics: string[];
}
