import type { CitationOutput, RatingItemOutput } from "@kz/api/schemas";
import type { FreedomStatus, RatingPoint } from "@kz/ui";

/** The anchor of a year's row on a rating series' page (the URL of a rating in the downloads). */
export const ratingRowId = (year: number) => `year-${year}`;

/** The series the home page summarises. */
export const FREEDOM_IN_THE_WORLD = "freedom-in-the-world";

const UI_STATUS = {
  free: "FREE",
  partly_free: "PARTLY_FREE",
  not_free: "NOT_FREE",
} as const satisfies Record<NonNullable<RatingItemOutput["status"]>, FreedomStatus>;

/** An API rating as the chart and table take it (their status names are upper case). */
export function toRatingPoint(item: RatingItemOutput): RatingPoint & { note: string | null } {
  return {
    year: item.year,
    politicalRights: item.politicalRights,
    civilLiberties: item.civilLiberties,
    status: item.status ? UI_STATUS[item.status] : null,
    headOfState: item.headOfState,
    note: item.note,
  };
}

/** What kind of figures a series has: Freedom House's two ratings, or a rank. */
export function seriesShape(items: readonly RatingItemOutput[]): "freedom" | "rank" {
  return items.some((i) => i.politicalRights !== null || i.civilLiberties !== null)
    ? "freedom"
    : "rank";
}

/**
 * A series' footnotes: every year cites its sources, usually the same ones, so each citation
 * (source, place in it, quote, attribution) is listed once, in the order first met.
 */
export function distinctCitations(items: readonly RatingItemOutput[]): CitationOutput[] {
  const seen = new Map<string, CitationOutput>();
  for (const citation of items.flatMap((i) => i.citations)) {
    const key = JSON.stringify([
      citation.source.slug,
      citation.locator,
      citation.quote,
      citation.attributedTo,
    ]);
    if (!seen.has(key)) seen.set(key, citation);
  }
  return [...seen.values()];
}
