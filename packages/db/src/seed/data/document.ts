import type { SeedCitation } from "../types";

/** The Wikipedia article every record here is taken from. */
export const DOCUMENT_SOURCE = "wikipedia-human-rights-in-kazakhstan";

/** Citation locators: the document's section (› subsection) headings; the lead has none. */
export const SECTION = {
  intro: "Introduction",
  politics: "Politics, freedom of speech and the press",
  fairTrial: "Right to fair trial",
  religion: "Religious freedom",
  hareKrishna: "Religious freedom › 2006 Hare Krishna evictions",
  whatsApp: "Religious freedom › 2018 arrest of WhatsApp group members",
  protests: "Protests",
  zhanaozen: "Protests › 2011 Zhanaozen oil worker strikes",
  landReform: "Protests › 2016 land-reform protests",
  protests2019: "Protests › 2019 protests",
  dialogue: "Human rights dialogue",
  ruleOfLaw: "Rule of law",
  ethnic: "Ethnic diversity",
  children: "Children's rights",
  commissioner: "Commissioner for Human Rights",
  ncpt: "National Council of Public Trust",
  history: "Historical situation",
  notes: "Notes",
} as const;

export type SectionLocator = (typeof SECTION)[keyof typeof SECTION];

/** A section with the speaker the document gives the cited words to, e.g. "eyewitnesses". */
export interface AttributedLocator {
  locator: SectionLocator;
  attributedTo: string;
}

/**
 * Words the document reports someone saying or claiming cite the document, attributed to their
 * speaker in the document's words (the locator stays a place in the document), unless the
 * speaker's own document is named by the document (or verified in docs/sources.md).
 */
export function attributed(locator: SectionLocator, speaker: string): AttributedLocator {
  return { locator, attributedTo: speaker };
}

/** A citation of the document itself. */
export function cite(locator: SectionLocator | AttributedLocator, quote?: string): SeedCitation {
  return citeVia(DOCUMENT_SOURCE, locator, quote);
}

/** A citation of a source the document relies on, located where the document reports it. */
export function citeVia(
  source: string,
  at: SectionLocator | AttributedLocator,
  quote?: string,
): SeedCitation {
  const where = typeof at === "string" ? { locator: at } : at;
  return { source, ...where, ...(quote === undefined ? {} : { quote }) };
}
