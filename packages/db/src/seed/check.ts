// The cross-check's rules, as functions over one record at a time, so that seed-data.test.ts can run
// them over the whole seed and also over a copy of a record as it was before a correction, proving
// that each rule would have caught it. Each returns the problems it finds (empty when none).
import { DOCUMENT_SOURCE } from "./data/document";
import type { SeedCitation, SeedEvent, SeedSource, SeedTopicFact } from "./types";

/** Only whitespace and quotation marks are normalised; everything else must match exactly. */
export const normalise = (text: string) =>
  text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const containsWords = (text: string, words: string) =>
  new RegExp(`(^|[^\\w])${escape(words)}`, "i").test(text);

interface Paragraph {
  section: string;
  subsection: string | null;
  text: string;
}

export interface DocumentIndex {
  text: string;
  paragraphs: Paragraph[];
  /** Headings, each with its subsections. */
  sections: Map<string, string[]>;
}

export const INTRODUCTION = "Introduction";

export function indexDocument(raw: string): DocumentIndex {
  const paragraphs: Paragraph[] = [];
  const sections = new Map<string, string[]>([[INTRODUCTION, []]]);
  let section = INTRODUCTION;
  let subsection: string | null = null;
  for (const line of raw.split("\n")) {
    const sub = /^===\s*(.+?)\s*===\s*$/.exec(line);
    const main = /^==\s*([^=].*?)\s*==\s*$/.exec(line);
    if (sub) {
      subsection = sub[1]!;
      sections.get(section)!.push(subsection);
    } else if (main) {
      section = main[1]!;
      subsection = null;
      sections.set(section, []);
    } else if (!/^=[^=]/.test(line) && line.trim() !== "") {
      paragraphs.push({ section, subsection, text: normalise(line) });
    }
  }
  return { text: normalise(raw), paragraphs, sections };
}

/** A citation locator: "Section › Subsection", a place in the cited document only. */
export function parseLocator(locator: string | undefined) {
  const [section = "", subsection, ...rest] = (locator ?? "").split(" › ");
  return { section, subsection, rest };
}

/** The document's text at a locator: a section with its subsections, or one subsection. */
export function locatorText(doc: DocumentIndex, locator: string | undefined): string {
  const { section, subsection } = parseLocator(locator);
  return doc.paragraphs
    .filter(
      (p) => p.section === section && (subsection === undefined || p.subsection === subsection),
    )
    .map((p) => p.text)
    .join(" ");
}

/**
 * The sentence in which the document gives the words at `quote`: it starts at the last sentence
 * end before them, or before the quotation mark that opens the quotation they are part of.
 */
function sentenceAround(doc: DocumentIndex, quote: string) {
  for (const p of doc.paragraphs) {
    const at = p.text.indexOf(quote);
    if (at < 0) continue;
    const marks = (p.text.slice(0, at).match(/"/g) ?? []).length;
    const insideQuotation = marks % 2 === 1;
    const from = insideQuotation ? p.text.lastIndexOf('"', at - 1) : at;
    const ends = [...p.text.slice(0, from).matchAll(/[.!?]"? /g)];
    const start = ends.length ? ends.at(-1)!.index + ends.at(-1)![0].length : 0;
    // To the end of the sentence the quote ends in (it may end with the quote).
    const after = /[.!?]"?( |$)/.exec(p.text.slice(at + quote.length));
    let end = at + quote.length;
    if (!/[.!?]"?$/.test(quote)) end = after ? end + after.index + after[0].length : p.text.length;
    return { sentence: p.text.slice(start, end), insideQuotation };
  }
  return null;
}

const ATTRIBUTION = /\b(according to|claimed|says|said|reported|reportedly)\b/i;

/** Who a source's publisher is, with and without its abbreviation. */
function speakersOf(source: SeedSource): string[] {
  const [, full, short] = /^(.*?)(?: \(([^()]+)\))?$/.exec(source.publisher) ?? [];
  return [source.publisher, full, short].filter((s): s is string => !!s);
}
/** "Co-operation" and "Cooperation" are one word. */
const unhyphenated = (text: string) => text.replace(/-/g, "");

/** What in the document a kind of source must be named as (a source the document names). */
const KIND_CUE: Record<SeedSource["kind"], RegExp | null> = {
  LAW: /\b(laws?|decree)\b/i,
  REPORT: /\breport(s|ed)?\b/i,
  STATEMENT: /\b(statement|says|said|called|pointed to|affirmed)\b/i,
  NEWS: /\b(News Service|reported)\b/,
  DATASET: /\b(index|data)\b/i,
  ARTICLE: null,
  OTHER: null,
};
const NOT_NAMED = "Not named in the source document";

/**
 * A source must be one the document names — by its words (`namedAs`) in a section that cites it,
 * as the kind of source it is said to be, from a publisher the document names — unless
 * docs/sources.md verifies it (`verified`). An attribution (eyewitnesses, officials) is not a source.
 */
export function sourceProblems(
  doc: DocumentIndex,
  source: SeedSource,
  citedAt: readonly (string | undefined)[],
  verified: boolean,
): string[] {
  if (source.slug === DOCUMENT_SOURCE) return [];
  const problems: string[] = [];
  const where = citedAt.map((l) => locatorText(doc, l)).join(" ");
  if (!source.namedAs) problems.push("no words of the document name it");
  else if (!where.includes(normalise(source.namedAs)))
    problems.push(`"${source.namedAs}" is not in the sections that cite it`);
  if (verified) return problems;
  const cue = KIND_CUE[source.kind];
  if (cue && source.namedAs && !cue.test(source.namedAs))
    problems.push(`the document does not name it as a ${source.kind.toLowerCase()}`);
  const named =
    source.publisher === NOT_NAMED || speakersOf(source).some((s) => doc.text.includes(s));
  if (!named) problems.push(`the document does not name the publisher "${source.publisher}"`);
  return problems;
}

/**
 * A citation's quote is in the section it cites, and words the document gives to someone (in a
 * quotation, or after "according to", "claimed" …) carry that speaker: the citation's attribution, or a source whose publisher or words the document names in the same sentence.
 */
export function citationProblems(
  doc: DocumentIndex,
  citation: SeedCitation,
  sources: ReadonlyMap<string, SeedSource>,
): string[] {
  const problems: string[] = [];
  const { section, subsection, rest } = parseLocator(citation.locator);
  const speaker = citation.attributedTo;
  const subsections = doc.sections.get(section);
  if (!subsections || rest.length > 0) return [`no section "${citation.locator}"`];
  if (subsection !== undefined && !subsections.includes(subsection))
    return [`no subsection "${citation.locator}"`];
  if (citation.quote === undefined) {
    if (speaker !== undefined && !locatorText(doc, citation.locator).includes(speaker))
      problems.push(`the section does not give words to "${speaker}"`);
    return problems;
  }
  const quote = normalise(citation.quote);
  if (!locatorText(doc, citation.locator).includes(quote))
    return [`"${citation.quote}" is not in ${citation.locator}`];
  const found = sentenceAround(doc, quote);
  if (!found) return problems;
  const { sentence, insideQuotation } = found;
  if (speaker !== undefined) {
    if (!containsWords(sentence, speaker))
      problems.push(`the document does not give "${citation.quote}" to "${speaker}"`);
    return problems;
  }
  if (!insideQuotation && !ATTRIBUTION.test(sentence)) return problems;
  const source = sources.get(citation.source);
  if (citation.source === DOCUMENT_SOURCE || !source)
    problems.push(`"${citation.quote}" is someone's words, cited without the speaker`);
  else if (
    source.kind !== "LAW" &&
    !speakersOf(source).some((s) => containsWords(unhyphenated(sentence), unhyphenated(s)))
  )
    problems.push(
      `the document gives "${citation.quote}" to someone other than ${source.publisher}`,
    );
  return problems;
}

/**
 * Claims the document qualifies — by a hedge, a speaker or a narrowing word — with the qualifier:
 * a seeded sentence that makes the claim (has all its words) must keep the qualifier.
 */
export const QUALIFIED_CLAIMS: Array<{ claim: string[]; qualifier: RegExp }> = [
  { claim: ["political expression", "restrict"], qualifier: /report|according to|observers/i },
  { claim: ["restrict", "freedom of speech"], qualifier: /\battempt/i },
  { claim: ["indicated"], qualifier: /\bmay have\b/i },
  { claim: ["oil workers"], qualifier: /\bprimarily\b/i },
  { claim: ["opened fire"], qualifier: /\b(eyewitnesses )?claimed\b/i },
  { claim: ["forced to defend"], qualifier: /\bgovernment officials\b/i },
  { claim: ["15 people"], qualifier: /\bofficial sources\b/i },
  { claim: ["censorship"], qualifier: /\b(signs of )?attempts\b/i },
  { claim: ["evictions were legitimate"], qualifier: /\b(Kazakh officials|officials) claimed\b/i },
  { claim: ["personal belongings"], qualifier: /\b(Forum 18|reported)\b/ },
  { claim: ["possessions would be destroyed"], qualifier: /\bofficials said\b/i },
  { claim: ["targeted"], qualifier: /\b(appears|OSCE|Organization for Security)/i },
  { claim: ["overwhelming victory"], qualifier: /\bappear/i },
  { claim: ["internet access", "slowed"], qualifier: /\breported\b/i },
  { claim: ["checks and balances"], qualifier: /\bexpected\b/i },
  { claim: ["libel"], qualifier: /\bdecriminali[sz]ation\b/i },
  { claim: ["newspapers", "closed"], qualifier: /\b(Human Rights Watch|HRW)\b/ },
  { claim: ["minority religious groups"], qualifier: /\b(Human Rights Watch|HRW)\b/ },
  { claim: ["unfair trial"], qualifier: /\b(Human Rights Watch|HRW)\b/ },
  { claim: ["torture remains"], qualifier: /\b(Human Rights Watch|HRW)\b/ },
  { claim: ["increasing anxiety"], qualifier: /\b(observers|HRW|Human Rights Watch)\b/ },
  { claim: ["one percent"], qualifier: /\breport\b/i },
  { claim: ["positive dialogue"], qualifier: /\bUSCIRF\b/ },
  { claim: ["commended"], qualifier: /\bnational representatives\b/ },
  { claim: ["shared concerns"], qualifier: /\bnational representatives\b/ },
  { claim: ["public spaces"], qualifier: /\baccording to the law\b/i },
];

/** Words that qualify a claim; every sentence of the document with one is in QUALIFIED_CLAIMS. */
export const QUALIFIERS =
  /\b(reportedly|reported|attempted|attempts?|primarily|claimed|may have|appear\w*|according to|expected|says|said)\b/i;

const HEDGE = /\b(reportedly|attempted|primarily|allegedly|may have|appear\w*)\s+([\w-]+)/gi;
// Words that link one thing to another; the text must link them with the same words.
const LINK =
  /(?:([\w'-]+) )?\b(amid|because of|due to|in response to|as a result of|over|for \w+ing)\b (?:the )?([\w'-]+)/gi;
// The months' English names, as the text writes them: "January" … "December".
const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, i, 1)),
);
// A capitalised word not starting a sentence, or an acronym anywhere ("UN").
const CAPITALISED = /(?<![.:;!?"] |^|["(])\b([A-Z][\w'-]*)|\b([A-Z]{2,})\b/g;

/**
 * A seeded sentence says no more than the text it cites: its hedges stand there as they stand
 * in the text, "according to X" names a speaker the text names, every qualified claim keeps its
 * qualifier, and every name (a capitalised word) is in the text.
 */
export function sentenceProblems(text: string, cited: string, subject = ""): string[] {
  const problems: string[] = [];
  // A role is read with its actor ("Human Rights Watch noted …"), whose name is not checked here.
  const plain = normalise(`${subject} ${text}`);
  for (const [, hedge, next] of plain.matchAll(HEDGE)) {
    const stem = escape(hedge!.slice(0, 6));
    if (!new RegExp(`\\b${stem}\\w*\\s+${escape(next!)}`, "i").test(cited))
      problems.push(`"${hedge} ${next}" is not what the text says`);
  }
  for (const [, word, link, next] of plain.matchAll(LINK)) {
    const phrase = `${word ? `${word} ` : ""}${link} `;
    const found = new RegExp(`${escape(phrase)}(the )?${escape(next!)}`, "i").test(cited);
    if (!found) problems.push(`"${phrase}${next}": the text does not link them so`);
  }
  for (const [, speaker] of plain.matchAll(/\baccording to (?:the )?([\w-]+ [\w-]+)/gi)) {
    if (!containsWords(cited, speaker!)) problems.push(`the text names no "${speaker}"`);
  }
  for (const { claim, qualifier } of QUALIFIED_CLAIMS) {
    if (claim.every((w) => containsWords(plain, w)) && !qualifier.test(plain))
      problems.push(`"${claim.join(" … ")}" without ${qualifier.source}`);
  }
  for (const [, word, acronym] of normalise(text).matchAll(CAPITALISED)) {
    const name = word ?? acronym;
    // Dates are held to the text by the date checks.
    if (MONTHS.includes(name!)) continue;
    if (!new RegExp(`\\b${escape(name!)}\\b`, "i").test(cited))
      problems.push(`"${name}" is not in the text it cites`);
  }
  return problems;
}

/**
 * End dates the document gives, with its words: an event spans only what the text says it
 * spans, and its summary says so.
 */
export const END_DATE_SPANS: Record<string, string> = {
  "2016-land-reform-protests": "April and May 2016",
  "2018-tenth-eu-kazakhstan-human-rights-dialogue": "20–21 November 2018",
};

export function endDateProblems(doc: DocumentIndex, event: SeedEvent): string[] {
  if (!event.endDate) return [];
  const span = END_DATE_SPANS[event.slug];
  if (!span) return [`an end date (${event.endDate}) the document does not give the event`];
  const text = event.citations.map((c) => locatorText(doc, c.locator)).join(" ");
  return text.includes(span) && event.summary.includes(span)
    ? []
    : [`"${span}" is not in both the text and the summary`];
}

/**
 * A topic's fact says what its quoted sentence says: the figure as the text words it (qualifier,
 * number and unit together: "over 3400 religious organizations", "70%"), its as-of date's year
 * (and month) in the sentence, an instrument's name verbatim, every other name (a capitalised
 * word) of its label in the sentence, and each citation's quote held by citationProblems.
 */
export function factProblems(
  doc: DocumentIndex,
  fact: SeedTopicFact,
  sources: ReadonlyMap<string, SeedSource>,
): string[] {
  const problems = fact.citations.flatMap((c) => citationProblems(doc, c, sources));
  const quoted = fact.citations.map((c) => normalise(c.quote ?? "")).join(" ");
  if (!quoted) return [...problems, "no citation quotes the sentence that gives it"];
  if (fact.value !== undefined) {
    const number = `${fact.value}${fact.unit === "%" ? "%" : ""}`;
    const unit = fact.unit && fact.unit !== "%" ? ` ${fact.unit}` : "";
    const figure = `${fact.qualifier ? `${fact.qualifier} ` : ""}${number}${unit}`;
    if (!containsWords(quoted, figure)) problems.push(`"${figure}" is not what the text says`);
    // A qualifier the text gives is kept: the number must not stand after one the data dropped.
    const before = new RegExp(
      `\\b(over|nearly|about|some|almost|around|more than)\\s+${escape(number)}`,
      "i",
    ).exec(quoted);
    if (before && !fact.qualifier) problems.push(`"${before[0]}" has lost its qualifier`);
  } else if (fact.qualifier || fact.unit) problems.push("a qualifier or unit with no number");
  if (fact.asOf) {
    const [year, month] = fact.asOf.split("-");
    if (!/^\d{4}(-\d{2})?$/.test(fact.asOf)) problems.push(`"${fact.asOf}" is not a year or month`);
    else if (!containsWords(quoted, year!)) problems.push(`${year} is not in the text`);
    else if (month && !quoted.includes(MONTHS[Number(month) - 1] ?? "?"))
      problems.push(`the month of ${fact.asOf} is not in the text`);
  }
  if (fact.kind === "INSTRUMENT" && !quoted.includes(normalise(fact.label)))
    problems.push(`"${fact.label}" is not named so in the text`);
  if (fact.kind === "STATEMENT" && !fact.citations.some((c) => c.attributedTo))
    problems.push("a statement without its speaker");
  // The label may use the words of the whole sentence the quote is part of.
  const sentences = fact.citations
    .map((c) => sentenceAround(doc, normalise(c.quote ?? ""))?.sentence ?? "")
    .join(" ");
  problems.push(...sentenceProblems(fact.label, `${sentences} ${quoted}`));
  return problems;
}
