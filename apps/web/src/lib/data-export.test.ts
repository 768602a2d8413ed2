import type {
  CaseDetail,
  CaseListItem,
  EventSummary,
  RatingItemOutput,
  SourceSummary,
} from "@kz/api/schemas";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import {
  caseColumns,
  caseEntryColumns,
  caseEntryRows,
  caseRows,
  downloadHeaders,
  eventColumns,
  jsonDocument,
  ratingColumns,
  ratingRows,
  sourceColumns,
  sourceRows,
  toCsv,
} from "./data-export";

const SITE = "https://example.org";

const event: EventSummary = {
  id: "e1",
  slug: "2011-zhanaozen-oil-worker-strikes",
  title: 'Zhanaozen: "strikes", shootings',
  summary: 'Line one,\nline two; with a quote " and a\r\ncarriage return.',
  startDate: "2011-12-16",
  endDate: null,
  datePrecision: "day",
  topics: [
    { slug: "protests", name: "Protests" },
    { slug: "rule-of-law", name: "Rule of law" },
  ],
  places: [{ slug: "zhanaozen", name: "Zhanaozen" }],
  updatedAt: "2026-12-07T09:00:00.000Z",
  sourceCount: 3,
  url: `${SITE}/events/2011-zhanaozen-oil-worker-strikes`,
};

const rating: RatingItemOutput = {
  year: 2023,
  politicalRights: 7,
  civilLiberties: 5,
  status: "not_free",
  statusLabel: "Not Free",
  rank: null,
  score: null,
  headOfState: "Kassym-Jomart Tokayev",
  note: null,
  citations: [
    {
      source: { slug: "fh", title: "Freedom in the World", publisher: "FH", url: null },
      locator: null,
      quote: null,
      attributedTo: null,
      attributedActor: null,
    },
    {
      source: { slug: "doc", title: "The document", publisher: "Wiki", url: null },
      locator: "History",
      quote: null,
      attributedTo: null,
      attributedActor: null,
    },
  ],
};

const source: SourceSummary = {
  id: "s1",
  slug: "hrw-on-kazakhstan-2014",
  title: "Kazakhstan, 2014",
  publisher: "Human Rights Watch",
  kind: "statement",
  url: "https://www.hrw.org/x",
  publishedDate: null,
};

const whatsApp: CaseListItem = {
  slug: "whatsapp-group-members-imprisoned",
  title: "Five members of a WhatsApp group imprisoned",
  kind: "detention",
  summary: "",
  people: [
    { slug: "beket-mynbasov", name: "Beket Mynbasov", kind: "person", nameWithheld: false },
    // As the API gives a protected person: a pseudonym and an address made from it.
    { slug: "withheld-person-a", name: "Person A", kind: "person", nameWithheld: true },
  ],
  unnamedCount: 4,
  lastKnown: {
    status: "detained",
    date: "2018-01-01",
    datePrecision: "year",
    term: null,
    sources: [{ slug: "wikipedia", name: "Human rights in Kazakhstan", publisher: "Wikipedia" }],
  },
  firstYear: 2018,
  lastYear: 2018,
  topics: [{ slug: "religious-freedom", name: "Religious freedom" }],
  updatedAt: "2026-12-07T10:00:00.000Z",
};

const wikipedia = {
  slug: "wikipedia",
  title: "Human rights in Kazakhstan",
  publisher: "Wikipedia",
  url: null,
};

/** A footnote citing `source`, nothing quoted or attributed. */
const citation = (source: typeof wikipedia, locator: string | null = null) => ({
  source,
  locator,
  quote: null,
  attributedTo: null,
  attributedActor: null,
});

const whatsAppDetail: CaseDetail = {
  ...whatsApp,
  charges: "",
  articles: [],
  authority: "",
  detentionPlace: "",
  entries: [
    {
      date: "2018-01-01",
      datePrecision: "year",
      status: "arrested",
      term: null,
      note: "Arrested with four others: nine men in all.",
      citations: [citation(wikipedia)],
    },
    {
      date: "2019-05-01",
      datePrecision: "month",
      status: "sentenced",
      term: "7 years",
      note: "",
      citations: [citation(wikipedia), citation({ ...wikipedia, slug: "hrw-2019" }, "p. 2")],
    },
  ],
  findings: [],
  events: [],
  updatedAt: "2026-12-07T09:00:00.000Z",
};

/** Parses as a spreadsheet would: BOM skipped, header row as keys. */
const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends rows with CRLF", () => {
    const csv = toCsv([event], eventColumns);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith("id,slug,url,title,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so every value reads back unchanged", () => {
    const [row] = read(toCsv([event], eventColumns));
    expect(row).toEqual({
      id: "e1",
      slug: event.slug,
      url: event.url,
      title: event.title,
      start_date: "2011-12-16",
      end_date: "",
      date_precision: "day",
      summary: event.summary,
      topics: "protests;rule-of-law",
      places: "zhanaozen",
      source_count: "3",
    });
  });

  it.each(['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "makes a cell that starts like a formula inert: %j",
    (start) => {
      const [row] = read(
        toCsv(
          [{ ...source, pageUrl: "https://hr.example/s", title: start, publisher: `${start} Ltd` }],
          sourceColumns,
        ),
      );
      expect(row?.title).toBe(`'${start}`);
      expect(row?.publisher).toBe(`'${start} Ltd`);
      // Ordinary values and numbers are left alone.
      expect(row?.slug).toBe(source.slug);
    },
  );

  it("leaves text that merely contains those characters, and numbers, as they are", () => {
    const [row] = read(
      toCsv([{ ...event, title: "Rights = duties? A+ @ -", sourceCount: -1 }], eventColumns),
    );
    expect(row?.title).toBe("Rights = duties? A+ @ -");
    expect(row?.source_count).toBe("-1");
  });

  it("writes a header even without rows", () => {
    expect(read(toCsv([], sourceColumns))).toEqual([]);
    expect(toCsv([], sourceColumns)).toBe(
      "\ufeffid,slug,url,title,publisher,kind,published_date,source_url\r\n",
    );
  });
});

describe("rows", () => {
  it("gives each rating the absolute URL of its row on the series page", () => {
    const rows = ratingRows(`${SITE}/`, { slug: "freedom-in-the-world", name: "FitW" }, [rating]);
    const [row] = read(toCsv(rows, ratingColumns));
    expect(row).toMatchObject({
      series: "freedom-in-the-world",
      year: "2023",
      political_rights: "7",
      civil_liberties: "5",
      status: "Not Free",
      rank: "",
      sources: "fh;doc",
      url: `${SITE}/ratings/freedom-in-the-world#year-2023`,
    });
  });

  it("gives a case its page, its people by their public names only, and its last known status with its date, precision and sources", () => {
    const [row] = read(toCsv(caseRows(SITE, [whatsApp]), caseColumns));
    expect(row).toEqual({
      slug: "whatsapp-group-members-imprisoned",
      url: `${SITE}/cases/whatsapp-group-members-imprisoned`,
      title: whatsApp.title,
      kind: "detention",
      people: "Beket Mynbasov; Person A",
      unnamed_count: "4",
      last_status: "detained",
      as_of_date: "2018-01-01",
      as_of_precision: "year",
      last_status_sources: "wikipedia",
    });
  });

  it("leaves a case with no timeline yet without a status", () => {
    const [row] = read(toCsv(caseRows(SITE, [{ ...whatsApp, lastKnown: null }]), caseColumns));
    expect(row).toMatchObject({ last_status: "", as_of_date: "", last_status_sources: "" });
  });

  it("gives each timeline entry its case, its date at its precision, a term and its sources", () => {
    const rows = read(toCsv(caseEntryRows(SITE, [whatsAppDetail]), caseEntryColumns));
    expect(rows).toEqual([
      {
        case: "whatsapp-group-members-imprisoned",
        url: `${SITE}/cases/whatsapp-group-members-imprisoned`,
        date: "2018-01-01",
        date_precision: "year",
        status: "arrested",
        term: "",
        note: "Arrested with four others: nine men in all.",
        sources: "wikipedia",
      },
      expect.objectContaining({
        date: "2019-05-01",
        date_precision: "month",
        status: "sentenced",
        term: "7 years",
        sources: "wikipedia;hrw-2019",
      }),
    ]);
  });

  it("gives each source its page here and keeps its own address apart", () => {
    const [row] = read(toCsv(sourceRows(SITE, [source]), sourceColumns));
    expect(row).toMatchObject({
      url: `${SITE}/sources/hrw-on-kazakhstan-2014`,
      source_url: "https://www.hrw.org/x",
      published_date: "",
    });
  });
});

describe("downloads", () => {
  it("wraps items with the time and licence", () => {
    const doc = jsonDocument([1, 2], { series: [] });
    expect(Object.keys(doc)).toEqual(["generatedAt", "license", "series", "items"]);
    expect(Number.isNaN(Date.parse(doc.generatedAt))).toBe(false);
  });

  it("asks the browser to save the file", () => {
    expect(downloadHeaders("text/csv; charset=utf-8", "events.csv")).toMatchObject({
      "Content-Disposition": 'attachment; filename="events.csv"',
    });
  });
});
