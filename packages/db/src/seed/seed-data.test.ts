import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  citationProblems,
  endDateProblems,
  indexDocument,
  locatorText,
  parseLocator,
  QUALIFIED_CLAIMS,
  QUALIFIERS,
  sentenceProblems,
  sourceProblems,
} from "./check";
import {
  actors,
  cases,
  corrections,
  DOCUMENT_SOURCE,
  removedSources,
  SECTION,
  events,
  FOUR_LAWS_2020,
  FREEDOM_IN_THE_WORLD,
  places,
  ratings,
  ratingSeries,
  RULE_OF_LAW_INDEX,
  seedTranslations,
  sources,
  topics,
  WHATSAPP_DETAINEES,
} from "./data";
import type { SeedCorrection } from "./data";
import type { SeedActor, SeedCase, SeedCitation, SeedEvent, SeedSource } from "./types";

const documentText = readFileSync(
  new URL("./document/human-rights-in-kazakhstan.txt", import.meta.url),
  "utf8",
);

/** Only whitespace and quotation marks are normalised; everything else must match exactly. */
const normalise = (text: string) =>
  text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
const normalisedDocument = normalise(documentText);

/**
 * docs/sources.md, where each source's address is recorded with what confirmed it: by slug, the
 * address (null where none was found, or the source is not a document) and the publication date.
 */
function sourceEvidence(): Map<string, { url: string | null; published: string | null }> {
  const markdown = readFileSync(new URL("../../../../docs/sources.md", import.meta.url), "utf8");
  const rows = new Map<string, { url: string | null; published: string | null }>();
  for (const line of markdown.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const slug = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? "")?.[1];
    if (!slug) continue;
    const url = /^<(https:\/\/[^>]+)>$/.exec(cells[2] ?? "")?.[1] ?? null;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(cells[3] ?? "") ? cells[3]! : null;
    rows.set(slug, { url, published });
  }
  return rows;
}

const INTRODUCTION = "Introduction";
// Apparatus, not content: "See also" is a list of links and "Notes" footnotes the ratings table.
const NOT_TOPICS = ["See also", "Notes"];

interface Section {
  heading: string;
  subsections: string[];
  text: string;
}

function parseSections(text: string): Section[] {
  const sections: Section[] = [{ heading: INTRODUCTION, subsections: [], text: "" }];
  for (const line of text.split("\n")) {
    const sub = /^===\s*(.+?)\s*===\s*$/.exec(line);
    const main = /^==\s*([^=].*?)\s*==\s*$/.exec(line);
    const current = sections.at(-1)!;
    if (sub) current.subsections.push(sub[1]!);
    else if (main) sections.push({ heading: main[1]!, subsections: [], text: "" });
    else if (!/^=[^=]/.test(line)) current.text += `${line}\n`;
  }
  return sections;
}

const sections = parseSections(documentText);
const sectionText = (heading: string) => {
  const section = sections.find((s) => s.heading === heading);
  if (!section) throw new Error(`No section "${heading}"`);
  return section.text;
};
const contentSections = sections.filter((s) => !NOT_TOPICS.includes(s.heading));
const topicSection = new Map(
  topics.map((t) => [
    t.slug,
    contentSections[t.position]?.heading ?? `(no section at ${t.position})`,
  ]),
);

/** A month's English name ("January" for 1), as the document writes it. */
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });

const allCitations: Array<{ owner: string; citation: SeedCitation }> = [
  ...topics.flatMap((t) => t.citations.map((citation) => ({ owner: `topic ${t.slug}`, citation }))),
  ...events.flatMap((e) => e.citations.map((citation) => ({ owner: `event ${e.slug}`, citation }))),
  ...ratings.flatMap((r) =>
    r.citations.map((citation) => ({ owner: `rating ${r.series} ${r.year}`, citation })),
  ),
  ...cases.flatMap((c) =>
    [...c.entries, ...(c.findings ?? [])].flatMap((x) =>
      x.citations.map((citation) => ({ owner: `case ${c.slug}`, citation })),
    ),
  ),
];

describe("seed data against the document", () => {
  it("has the document's Freedom in the World table, all 33 rows exactly", () => {
    const STATUS = { "Partly Free": "PARTLY_FREE", "Not Free": "NOT_FREE", Free: "FREE" } as const;
    const table = [
      ...documentText.matchAll(
        /^\| (\d{4}) \| (\d) \| (\d) \| (Partly Free|Not Free|Free) \| (.+?) \|$/gm,
      ),
    ].map(([, year, pr, cl, status, president]) => ({
      year: Number(year),
      politicalRights: Number(pr),
      civilLiberties: Number(cl),
      status: STATUS[status as keyof typeof STATUS],
      headOfState: president,
    }));
    const seeded = ratings
      .filter((r) => r.series === FREEDOM_IN_THE_WORLD)
      .map(({ year, politicalRights, civilLiberties, status, headOfState }) => ({
        year,
        politicalRights,
        civilLiberties,
        status,
        headOfState,
      }));
    expect(table).toHaveLength(33);
    expect(seeded).toEqual(table);
  });

  it("has the Rule of Law Index rank the document gives", () => {
    expect(ratings.filter((r) => r.series === RULE_OF_LAW_INDEX)).toMatchObject([
      { year: 2020, rank: 62, note: "Climbing three positions since 2015." },
    ]);
    const sentence = "ranked 62nd in the Rule of Law Index, climbing three positions since 2015";
    expect(normalisedDocument.includes(sentence)).toBe(true);
  });

  it("has a topic for each section, in document order, with the lead as the overview", () => {
    const sorted = [...topics].sort((a, b) => a.position - b.position);
    expect(sorted.map((t) => t.position)).toEqual(sorted.map((_, i) => i));
    expect(sorted[0]).toMatchObject({ slug: "overview", name: "Overview" });
    expect(sorted.slice(1).map((t) => t.name)).toEqual(
      contentSections.slice(1).map((s) => s.heading),
    );
  });

  it("gives each topic overview in the document's words", () => {
    // Line by line, ignoring markdown markers and quotation marks (a stray one is dropped in the
    // document's USCIRF sentence and the four laws' titles are nested differently).
    const bare = (text: string) =>
      normalise(text.replace(/^(#+ |> |- |\d+\.\s*)/, "")).replace(/"/g, "");
    const bareDocument = bare(
      documentText
        .split("\n")
        .map((l) => l.replace(/^\d+\./, ""))
        .join(" "),
    );
    for (const topic of topics) {
      const section = sections.find((s) => s.heading === topicSection.get(topic.slug));
      for (const line of topic.overview.split("\n").filter((l) => l.trim() !== "")) {
        const heading = /^### (.+)$/.exec(line)?.[1];
        if (heading) expect(section?.subsections, topic.slug).toContain(heading);
        else expect(bareDocument.includes(bare(line)), `${topic.slug}: ${line}`).toBe(true);
      }
    }
  });

  it("has at least 35 events, including the Zhanaozen strikes", () => {
    expect(events.length).toBeGreaterThanOrEqual(35);
    const zhanaozen = events.find((e) => e.slug === "2011-zhanaozen-oil-worker-strikes");
    expect(zhanaozen).toMatchObject({ startDate: "2011-12-16", datePrecision: "DAY" });
    expect(zhanaozen?.title).toContain("Zhanaozen");
  });

  it("dates each event as precisely as the text, and the date appears in its section", () => {
    // Dated relative to another date in the text rather than spelled out.
    const derived: Record<string, string> = {
      "2016-15th-session-of-the-congress-of-leaders-of-world-and-traditional-religions":
        "One day later",
    };
    for (const event of events) {
      const text = normalise(sectionText(topicSection.get(event.topics[0])!));
      for (const date of [event.startDate, event.endDate].filter((d) => d !== undefined)) {
        const [year, month, day] = date.split("-").map(Number) as [number, number, number];
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), event.slug).toBe(date);
        if (event.datePrecision !== "DAY") expect(day, `${event.slug} ${date}`).toBe(1);
        if (event.datePrecision === "YEAR") expect(month, `${event.slug} ${date}`).toBe(1);
        expect(text.includes(String(year)), `${event.slug}: ${year}`).toBe(true);
        if (derived[event.slug]) {
          expect(text.includes(derived[event.slug]!), event.slug).toBe(true);
          continue;
        }
        if (event.datePrecision !== "YEAR") {
          const name = monthName(month);
          expect(text.includes(name), `${event.slug}: ${name}`).toBe(true);
        }
        if (event.datePrecision === "DAY") {
          expect(new RegExp(`\\b${day}\\b`).test(text), `${event.slug}: day ${day}`).toBe(true);
        }
      }
      if (event.endDate) expect(event.endDate > event.startDate, event.slug).toBe(true);
      expect(event.slug.startsWith(`${event.startDate.slice(0, 4)}-`), event.slug).toBe(true);
    }
  });

  it("adds no numbers to events that their sections do not contain", () => {
    const numbers = (text: string) => text.match(/\d+/g) ?? [];
    for (const event of events) {
      const allowed = new Set([
        ...event.topics.flatMap((t) => numbers(sectionText(topicSection.get(t)!))),
        ...[event.startDate, event.endDate].flatMap((d) =>
          d ? d.split("-").map((part) => String(Number(part))) : [],
        ),
      ]);
      for (const n of numbers(`${event.title} ${event.summary} ${event.body}`)) {
        expect(allowed, `${event.slug}: ${n}`).toContain(n);
      }
    }
  });

  it("refers only to records that exist", () => {
    const slugs = (list: Array<{ slug: string }>) => new Set(list.map((x) => x.slug));
    const [topicSlugs, placeSlugs, actorSlugs, sourceSlugs, seriesSlugs] = [
      slugs(topics),
      slugs(places),
      slugs(actors),
      slugs(sources),
      slugs(ratingSeries),
    ];
    for (const event of events) {
      for (const t of event.topics) expect(topicSlugs, event.slug).toContain(t);
      for (const p of event.places) expect(placeSlugs, event.slug).toContain(p);
      for (const { actor } of event.actors) expect(actorSlugs, event.slug).toContain(actor);
    }
    for (const rating of ratings) expect(seriesSlugs).toContain(rating.series);
    for (const { owner, citation } of allCitations)
      expect(sourceSlugs, owner).toContain(citation.source);
  });

  it("links each event to a topic, a place or actor at most once per role", () => {
    for (const event of events) {
      expect(new Set(event.topics).size, event.slug).toBe(event.topics.length);
      expect(new Set(event.places).size, event.slug).toBe(event.places.length);
      const roles = event.actors.map(({ actor, role }) => `${actor} ${role}`);
      expect(new Set(roles).size, event.slug).toBe(roles.length);
    }
  });

  it("cites the document in every event, rating and topic", () => {
    const citesDocument = (list: SeedCitation[]) => list.some((c) => c.source === DOCUMENT_SOURCE);
    for (const event of events) expect(citesDocument(event.citations), event.slug).toBe(true);
    for (const rating of ratings)
      expect(citesDocument(rating.citations), `${rating.year}`).toBe(true);
    for (const topic of topics) expect(citesDocument(topic.citations), topic.slug).toBe(true);
    expect(sources.find((s) => s.slug === DOCUMENT_SOURCE)).toMatchObject({
      title: "Human rights in Kazakhstan",
      publisher: "Wikipedia",
      kind: "ARTICLE",
    });
  });

  it("cites every source somewhere", () => {
    const cited = new Set(allCitations.map(({ citation }) => citation.source));
    for (const source of sources) expect(cited, source.slug).toContain(source.slug);
  });

  it("quotes the document verbatim", () => {
    for (const { owner, citation } of allCitations) {
      if (citation.quote !== undefined) {
        expect(
          normalisedDocument.includes(normalise(citation.quote)),
          `${owner}: ${citation.quote}`,
        ).toBe(true);
      }
    }
  });

  it("locates citations in sections and subsections the document has", () => {
    for (const { owner, citation } of allCitations) {
      const { section: heading, subsection, rest } = parseLocator(citation.locator);
      const section = sections.find((s) => s.heading === heading);
      expect(section, `${owner}: ${citation.locator}`).toBeDefined();
      if (subsection !== undefined) expect(section?.subsections, owner).toContain(subsection);
      expect(rest, owner).toEqual([]);
    }
  });

  it("names only people, organisations and places the document names", () => {
    for (const named of [...actors, ...places]) {
      const names = [named.name, ...(named.otherNames ?? [])];
      expect(
        names.some((n) => normalisedDocument.includes(n)),
        `${named.slug}: ${names.join(" / ")}`,
      ).toBe(true);
    }
    for (const name of [
      "Vladimir Kozlov",
      "Dmitry Senyavskii",
      "Yogan Merkel",
      "Silvio Gonzato",
      "Sergei Duvanov",
    ]) {
      expect(actors.map((a) => a.name)).toContain(name);
    }
  });

  it("links every actor to an event, except those named with no dated happening", () => {
    const linked = new Set(events.flatMap((e) => e.actors.map((a) => a.actor)));
    // Named by the document without a dated happening to link them to.
    const unlinked = [
      "sergei-duvanov",
      "yevgeny-zhovtis",
      "bakhytzhan-toregozhina",
      "unhcr",
      "united-nations-in-kazakhstan",
      "unicef",
      "human-rights-commissioner-for-childrens-rights",
      "kazakhstan-international-bureau-for-human-rights-and-rule-of-law",
    ];
    for (const actor of actors) {
      expect(linked.has(actor.slug) || unlinked.includes(actor.slug), actor.slug).toBe(true);
    }
  });

  it("titles the 2020 laws and the 2021 decree as the document does", () => {
    const unquoted = (text: string) => normalise(text).replace(/"/g, "");
    const titles = sources.filter((s) => s.kind === "LAW" && /^On /.test(s.title));
    expect(titles.map((s) => s.slug).sort()).toEqual(
      [
        ...FOUR_LAWS_2020.map(([slug]) => slug),
        "decree-on-further-human-rights-measures-2021",
      ].sort(),
    );
    for (const { title } of titles) {
      expect(unquoted(documentText).includes(unquoted(title)), title).toBe(true);
    }
  });

  it("records a web address or date only with the evidence in docs/sources.md", () => {
    // Everything but the sources' addresses comes from the document, which gives none.
    const everythingElse = JSON.stringify({
      sources: sources.map(({ url: _url, ...rest }) => rest),
      topics,
      actors,
      places,
      events,
      ratingSeries,
      ratings,
      cases,
    });
    expect(everythingElse).not.toMatch(/https?:|www\./i);
    const evidence = sourceEvidence();
    for (const source of sources) {
      const entry = evidence.get(source.slug);
      expect(entry, `${source.slug} is not in docs/sources.md`).toBeDefined();
      expect(entry!.url, source.slug).toBe(source.url ?? null);
      expect(entry!.published, source.slug).toBe(source.publishedDate ?? null);
    }
    expect([...evidence.keys()].sort()).toEqual(sources.map((s) => s.slug).sort());
  });

  it("uses unique kebab-case slugs", () => {
    for (const list of [sources, topics, actors, places, events, ratingSeries, cases] as Array<
      Array<{ slug: string }>
    >) {
      const slugs = list.map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) {
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length, slug).toBeLessThanOrEqual(120);
      }
    }
    const ratingKeys = ratings.map((r) => `${r.series} ${r.year}`);
    expect(new Set(ratingKeys).size).toBe(ratingKeys.length);
  });

  it("seeds the document's cases, each person a seeded actor, each entry cited and in date order", () => {
    const actorSlugs = new Set(actors.map((a) => a.slug));
    const eventSlugs = new Set(events.map((e) => e.slug));
    expect(cases.map((c) => c.slug)).toEqual([
      "vladimir-kozlov-detention",
      "dmitry-senyavskii-attack",
      "whatsapp-group-members-imprisoned",
      "whatsapp-group-four-other-members",
    ]);
    for (const c of cases) {
      for (const person of c.people) expect(actorSlugs.has(person), person).toBe(true);
      for (const event of c.events) expect(eventSlugs.has(event), event).toBe(true);
      expect(c.people.length + (c.unnamedCount ?? 0), c.slug).toBeGreaterThan(0);
      const dates = c.entries.map((e) => e.date);
      expect(dates, c.slug).toEqual([...dates].sort());
      for (const entry of c.entries)
        expect(
          entry.citations.some((x) => x.source === DOCUMENT_SOURCE),
          c.slug,
        ).toBe(true);
    }
    // The four the document does not name stay a count, not invented people.
    const four = cases.find((c) => c.slug === "whatsapp-group-four-other-members");
    expect(four).toMatchObject({ people: [], unnamedCount: 4 });
    expect(cases.find((c) => c.slug === "whatsapp-group-members-imprisoned")?.people).toEqual(
      WHATSAPP_DETAINEES.map(([slug]) => slug),
    );
  });

  it("keeps event summaries short", () => {
    const tooLong = (e: SeedEvent) =>
      e.summary.split(/(?<=\.)\s/).length > 2 || e.title.length > 100;
    expect(events.filter(tooLong).map((e) => e.slug)).toEqual([]);
  });
});

// ───────────── The seed says no more than the document (issue 21) ─────────────

const doc = indexDocument(documentText);
const evidence = sourceEvidence();
const verifiedSources = new Set(
  [...evidence].filter(([, e]) => e.url !== null).map(([slug]) => slug),
);
const citedText = (list: readonly SeedCitation[]) =>
  [...new Set(list.map((c) => c.locator))].map((l) => locatorText(doc, l)).join(" ");

interface SeedRecords {
  events: SeedEvent[];
  cases: SeedCase[];
  actors: SeedActor[];
  sources: SeedSource[];
}

/** Every problem the checks find in these records, each with its record. */
function problemsOf(data: SeedRecords): string[] {
  const found: string[] = [];
  const add = (owner: string, problems: string[]) =>
    found.push(...problems.map((p) => `${owner}: ${p}`));
  const sourceBySlug = new Map(data.sources.map((s) => [s.slug, s]));
  const actorName = new Map(data.actors.map((a) => [a.slug, a.name]));
  const citations = [
    ...data.events.flatMap((e) => e.citations),
    ...data.cases.flatMap((c) => [...c.entries, ...(c.findings ?? [])].flatMap((x) => x.citations)),
    ...topics.flatMap((t) => t.citations),
    ...ratings.flatMap((r) => r.citations),
  ];
  for (const source of data.sources) {
    const at = citations.filter((c) => c.source === source.slug).map((c) => c.locator);
    add(`source ${source.slug}`, sourceProblems(doc, source, at, verifiedSources.has(source.slug)));
    // An address or date only with the evidence in docs/sources.md (the decree's date included).
    const published = evidence.get(source.slug)?.published ?? null;
    if ((source.publishedDate ?? null) !== published)
      add(`source ${source.slug}`, [`published ${source.publishedDate} without evidence`]);
  }
  for (const citation of citations)
    add(
      `citation ${citation.source} ${citation.locator}`,
      citationProblems(doc, citation, sourceBySlug),
    );
  for (const e of data.events) {
    const text = citedText(e.citations);
    for (const line of [e.title, e.summary, e.body])
      add(`event ${e.slug}`, sentenceProblems(line, text));
    for (const { actor, role } of e.actors)
      add(`event ${e.slug} ${actor}`, sentenceProblems(role, text, actorName.get(actor)));
    add(`event ${e.slug}`, endDateProblems(doc, e));
  }
  for (const c of data.cases) {
    const text = citedText([...c.entries, ...(c.findings ?? [])].flatMap((x) => x.citations));
    const lines = [
      c.title,
      c.summary,
      ...c.entries.map((x) => x.note),
      ...(c.findings ?? []).flatMap((f) => [f.body, f.finding]),
    ];
    for (const line of lines) add(`case ${c.slug}`, sentenceProblems(line, text));
  }
  for (const a of data.actors)
    if (a.description) add(`actor ${a.slug}`, sentenceProblems(a.description, doc.text));
  return found;
}

const seed = (): SeedRecords => structuredClone({ events, cases, actors, sources });

/** The seed with one record as it was before a correction. */
function withBefore(data: SeedRecords, correction: SeedCorrection): SeedRecords {
  const { record, slug } = correction;
  const set = (target: object | undefined, field: string, value: unknown) => {
    if (!target) throw new Error(`No ${record} ${slug}`);
    Object.assign(target, { [field]: value ?? undefined });
  };
  if (record === "event")
    set(
      data.events.find((e) => e.slug === slug),
      correction.field,
      correction.before,
    );
  if (record === "case")
    set(
      data.cases.find((c) => c.slug === slug),
      correction.field,
      correction.before,
    );
  if (record === "actor")
    set(
      data.actors.find((a) => a.slug === slug),
      correction.field,
      correction.before,
    );
  if (record === "source")
    set(
      data.sources.find((s) => s.slug === slug),
      correction.field,
      correction.before,
    );
  if (record === "caseEntry" || record === "caseFinding") {
    const c = data.cases.find((x) => x.slug === slug)!;
    const list: object[] = record === "caseEntry" ? c.entries : (c.findings ?? []);
    set(list[correction.position], correction.field, correction.before);
  }
  if (record === "eventActor") {
    const event = data.events.find((e) => e.slug === slug)!;
    const link = event.actors.find((a) => a.actor === correction.actor);
    if (link) link.role = correction.before;
    else event.actors.push({ actor: correction.actor, role: correction.before });
  }
  return data;
}

/** The current value a correction's `after` must equal. */
function currentValue(correction: SeedCorrection): unknown {
  const { record, slug } = correction;
  const get = (target: object | undefined, field: string) =>
    (target as Record<string, unknown> | undefined)?.[field] ?? null;
  if (record === "event")
    return get(
      events.find((e) => e.slug === slug),
      correction.field,
    );
  if (record === "case")
    return get(
      cases.find((c) => c.slug === slug),
      correction.field,
    );
  if (record === "actor")
    return get(
      actors.find((a) => a.slug === slug),
      correction.field,
    );
  if (record === "place")
    return get(
      places.find((p) => p.slug === slug),
      correction.field,
    );
  if (record === "source")
    return get(
      sources.find((s) => s.slug === slug),
      correction.field,
    );
  if (record === "ratingSeries")
    return get(
      ratingSeries.find((s) => s.slug === slug),
      correction.field,
    );
  if (record === "caseEntry")
    return get(cases.find((c) => c.slug === slug)?.entries[correction.position], correction.field);
  if (record === "caseFinding")
    return get(
      cases.find((c) => c.slug === slug)?.findings?.[correction.position],
      correction.field,
    );
  const event = events.find((e) => e.slug === slug)!;
  if (record === "eventActor")
    return event.actors.find((a) => a.actor === correction.actor)?.role ?? null;
  if (record === "eventPlace") return event.places.includes(correction.place);
  throw new Error(`Unknown record ${record}`);
}

/** The removed sources as the seed had them, with the words that would have to name them. */
const REMOVED_AS_THEY_WERE: Array<{ source: SeedSource; citations: SeedCitation[] }> = [
  {
    source: {
      slug: "eu-statement-human-rights-dialogue-2014",
      title: "EU statement on the sixth EU-Kazakhstan Human Rights Dialogue (2014)",
      publisher: "European Union",
      kind: "STATEMENT",
      namedAs: "the European Union and Kazakhstan held the sixth round",
    },
    citations: [{ source: "eu-statement-human-rights-dialogue-2014", locator: SECTION.dialogue }],
  },
  {
    source: {
      slug: "eu-statement-human-rights-dialogue-2018",
      title: "EU statement on the 10th EU-Kazakhstan Human Rights Dialogue (2018)",
      publisher: "European Union",
      kind: "STATEMENT",
      namedAs: "It was emphasized that",
    },
    citations: [{ source: "eu-statement-human-rights-dialogue-2018", locator: SECTION.dialogue }],
  },
  {
    source: {
      slug: "un-human-rights-council-upr-2014-kazakhstan",
      title: "Universal Periodic Review of Kazakhstan (2014)",
      publisher: "United Nations Human Rights Council",
      kind: "REPORT",
      namedAs: "the Universal Periodic Review of Human Rights in 2014",
    },
    citations: [
      {
        source: "un-human-rights-council-upr-2014-kazakhstan",
        locator: SECTION.intro,
        quote: "shared concerns about legal restrictions on freedom",
      },
    ],
  },
  {
    source: {
      slug: "zhanaozen-eyewitness-accounts-2011",
      title: "Eyewitness accounts of the 2011 Zhanaozen clashes",
      publisher: "Unnamed eyewitnesses",
      kind: "OTHER",
      namedAs: "Eyewitnesses claimed",
    },
    citations: [{ source: "zhanaozen-eyewitness-accounts-2011", locator: SECTION.zhanaozen }],
  },
  {
    source: {
      slug: "kazakh-government-officials-on-zhanaozen-2011",
      title: "Government officials and official sources on the 2011 Zhanaozen clashes",
      publisher: "Government of Kazakhstan",
      kind: "STATEMENT",
      namedAs: "according to government officials",
    },
    citations: [
      { source: "kazakh-government-officials-on-zhanaozen-2011", locator: SECTION.zhanaozen },
    ],
  },
  {
    source: {
      slug: "kazakh-officials-on-hare-krishna-evictions-2006",
      title: "Kazakh officials on the 2006 Hare Krishna evictions",
      publisher: "Kazakh officials",
      kind: "STATEMENT",
      namedAs: "Kazakh officials claimed",
    },
    citations: [
      { source: "kazakh-officials-on-hare-krishna-evictions-2006", locator: SECTION.hareKrishna },
    ],
  },
];

describe("the seed says no more than the document", () => {
  it("finds nothing in the seed", () => {
    expect(problemsOf(seed())).toEqual([]);
  });

  it("anchors every qualified claim in the document, and misses no qualified sentence", () => {
    const paragraphs = doc.paragraphs.map((p) => p.text);
    for (const { claim, qualifier } of QUALIFIED_CLAIMS) {
      const anchored = paragraphs.some((p, i) => {
        const text = `${p} ${paragraphs[i + 1] ?? ""}`;
        return (
          qualifier.test(text) && claim.every((w) => text.toLowerCase().includes(w.toLowerCase()))
        );
      });
      expect(anchored, claim.join(" … ")).toBe(true);
    }
    const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.:])"? (?=[A-Z"])/));
    for (const [i, sentence] of sentences.entries()) {
      if (!QUALIFIERS.test(sentence)) continue;
      const window = `${sentence} ${sentences[i + 1] ?? ""}`.toLowerCase();
      const covered = QUALIFIED_CLAIMS.some(({ claim }) =>
        claim.every((w) => window.includes(w.toLowerCase())),
      );
      expect(covered, sentence).toBe(true);
    }
  });

  it("holds each correction's after value to the data", () => {
    for (const c of corrections)
      expect(currentValue(c), `${c.record} ${c.slug} ${c.field}`).toEqual(c.after);
    const slugs = new Set(sources.map((s) => s.slug));
    for (const { slug } of removedSources) expect(slugs.has(slug), slug).toBe(false);
    const cited = allCitations.map(({ citation }) => citation.source);
    for (const { slug } of removedSources) expect(cited, slug).not.toContain(slug);
  });

  it("would have failed on the old values the issue lists, and on each removed source", () => {
    const caught = (c: SeedCorrection) => problemsOf(withBefore(seed(), c)).length > 0;
    const find = (record: string, slug: string, field: string) =>
      corrections.find((c) => c.record === record && c.slug === slug && c.field === field)!;
    const examples = [
      // "reportedly restricted" for "reportedly attempted to restrict"
      find(
        "eventActor",
        "2005-political-expression-restricted-before-presidential-elections",
        "role",
      ),
      // "focused on libel" for "decriminalization of libel"
      find("event", "2019-first-meeting-of-the-national-council-of-public-trust", "summary"),
      // a causal link the text does not state
      find("event", "2019-nazarbayev-dismisses-the-government", "summary"),
      find("case", "whatsapp-group-members-imprisoned", "title"),
      // a group described more broadly than the text does
      find("event", "2011-zhanaozen-oil-worker-strikes", "summary"),
      // an end date stretched from one programme to a wider cooperation
      find("event", "2019-council-of-europe-help-programme", "endDate"),
      // a claim stated as fact in a title where the text attributes it
      find("event", "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained", "title"),
      find("event", "2014-minority-religious-groups-fined-and-detained", "title"),
      find("event", "2005-political-expression-restricted-before-presidential-elections", "title"),
      find("case", "vladimir-kozlov-detention", "title"),
      // "government officials" merged into the Government of Kazakhstan
      find("eventActor", "2011-zhanaozen-oil-worker-strikes", "role"),
      // a body the document does not call a UN body
      find("caseFinding", "whatsapp-group-members-imprisoned", "body"),
      // a decree's date taken from the institution's establishment
      find("source", "presidential-decree-commissioner-for-human-rights-2002", "publishedDate"),
      // kinds the text does not give
      find("source", "un-special-rapporteur-on-freedom-of-religion-findings", "kind"),
      find("source", "rule-of-law-index", "kind"),
    ];
    for (const example of examples)
      expect(caught(example), `${example.slug} ${example.field}`).toBe(true);

    for (const { source, citations } of REMOVED_AS_THEY_WERE) {
      const data = seed();
      data.sources.push(source);
      data.events[0]!.citations.push(...(citations as [SeedCitation]));
      const problems = problemsOf(data).filter((p) => p.includes(source.slug));
      expect(problems, source.slug).not.toEqual([]);
    }
    // The quotes the document gives to national representatives, cited to a UN report.
    const upr = seed();
    upr.sources.push(REMOVED_AS_THEY_WERE[2]!.source);
    upr.events[0]!.citations.push(...REMOVED_AS_THEY_WERE[2]!.citations);
    expect(problemsOf(upr).join("\n")).toMatch(
      /to someone other than United Nations Human Rights Council/,
    );
  });
});

describe("the seeded translations", () => {
  // The English each seeded field has now, by kind, slug and field.
  const english = {
    events: Object.fromEntries(events.map((e) => [e.slug, { title: e.title, summary: e.summary }])),
    topics: Object.fromEntries(topics.map((t) => [t.slug, { name: t.name, overview: t.overview }])),
    places: Object.fromEntries(places.map((p) => [p.slug, { name: p.name, region: p.region }])),
    ratingSeries: Object.fromEntries(
      ratingSeries.map((s) => [s.slug, { name: s.name, description: s.description }]),
    ),
  } as Record<string, Record<string, Record<string, string | undefined>>>;

  it.each(Object.keys(seedTranslations))(
    "translates into %s every event's title and summary, every topic's name and overview, every place and series",
    (locale) => {
      const byKind = seedTranslations[locale as keyof typeof seedTranslations];
      for (const [kind, records] of Object.entries(english))
        for (const [slug, fields] of Object.entries(records)) {
          const translated = (byKind as unknown as typeof english)[kind]?.[slug];
          for (const [field, value] of Object.entries(fields))
            if (value)
              expect(translated?.[field], `${locale} ${kind} ${slug} ${field}`).toBeTruthy();
        }
    },
  );

  it.each(Object.keys(seedTranslations))(
    "keeps in each %s entry the English it translates, exactly as the data has it now",
    (locale) => {
      const byKind = seedTranslations[locale as keyof typeof seedTranslations];
      for (const [kind, records] of Object.entries(byKind))
        for (const [slug, fields] of Object.entries(records as Record<string, object>))
          for (const [field, t] of Object.entries(
            fields as Record<string, { sourceText: string; text: string }>,
          )) {
            expect(t.sourceText, `${locale} ${kind} ${slug} ${field}`).toBe(
              english[kind]?.[slug]?.[field],
            );
            // A translation is in its language: Cyrillic, not an English copy.
            expect(t.text, `${locale} ${kind} ${slug} ${field}`).toMatch(/[\u0400-\u04FF]/);
          }
    },
  );

  it("writes a partial overview translation only as a draft, the rest of a topic whole", () => {
    for (const byKind of Object.values(seedTranslations))
      for (const [slug, t] of Object.entries(byKind.topics)) {
        expect(t.overview.firstParagraphOnly, slug).toBe(true);
        expect(t.name.firstParagraphOnly, slug).toBeUndefined();
      }
  });
});
