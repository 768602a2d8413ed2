// Citations between a stored record and its form. Pure: record-form.ts and its test read it.
import type { CitationEditOutput } from "@kz/api/schemas";

import type { SourceSummary } from "./source-picker";

/** A record's citations (from getForEdit) as the form's values. */
export const citationValues = (
  citations: {
    sourceId: string;
    locator: string | null;
    quote: string | null;
    attributedTo?: string | null;
  }[],
) =>
  citations.map((c) => ({
    sourceId: c.sourceId,
    locator: c.locator ?? "",
    quote: c.quote ?? "",
    attributedTo: c.attributedTo ?? "",
  }));

/** The sources a record's citations point to, as the editor names them. */
export const citedSources = (citations: CitationEditOutput[]): SourceSummary[] =>
  citations.flatMap((c) => (c.source ? [c.source] : []));
