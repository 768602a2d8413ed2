// "Cite this": a record or a source in the formats reference managers and journals take, made by
// citation-js from one CSL-JSON item, not by hand.
import type { SourceKindOutput } from "@kz/api/schemas";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";

/** What is cited, in CSL-JSON's terms (https://citeproc-js.readthedocs.io/en/latest/csl-json/). */
export interface Citable {
  /** A key for BibTeX and RIS: the record's slug. */
  id: string;
  type:
    | "webpage"
    | "report"
    | "legislation"
    | "article-newspaper"
    | "article"
    | "speech"
    | "dataset"
    | "document";
  title: string;
  /** The organisation behind it. */
  publisher?: string | null;
  /** Where it appears: the site, for a page of the record. */
  containerTitle?: string;
  url?: string | null;
  /** YYYY-MM-DD, or YYYY-MM or YYYY as far as known. */
  issued?: string | null;
  accessed: Date;
}

/** A source's kind as CSL-JSON names it (a statement is a "document": CSL has no type for it). */
export const CSL_TYPES: Record<SourceKindOutput, Citable["type"]> = {
  report: "report",
  statement: "document",
  news: "article-newspaper",
  law: "legislation",
  dataset: "dataset",
  article: "article",
  other: "document",
};

export interface Citations {
  apa: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

const dateParts = (iso: string) => ({ "date-parts": [iso.split("-").map(Number)] });

export function cslItem(item: Citable): Record<string, unknown> {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    ...(item.publisher ? { publisher: item.publisher, author: [{ literal: item.publisher }] } : {}),
    ...(item.containerTitle ? { "container-title": item.containerTitle } : {}),
    ...(item.url ? { URL: item.url } : {}),
    ...(item.issued ? { issued: dateParts(item.issued) } : {}),
    accessed: dateParts(item.accessed.toISOString().slice(0, 10)),
  };
}

export function citationsOf(item: Citable): Citations {
  const cite = new Cite([cslItem(item)]);
  return {
    apa: cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim(),
    bibtex: cite.format("bibtex", { format: "text" }).trim(),
    ris: cite.format("ris", { format: "text" }).trim(),
    cslJson: cite.format("data", { format: "text" }),
  };
}
