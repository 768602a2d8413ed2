import type { Db } from "@kz/db";

import { notFound } from "../errors";
import { toCitation, visibleCitations } from "../shared/citations";
import { lower } from "../shared/enums";
import { publishedRating } from "../shared/visibility";
import {
  FREEDOM_STATUS_LABELS,
  type RatingListInput,
  type RatingListOutput,
  type RatingSeriesListOutput,
} from "./rating.schema";

const seriesSelect = {
  slug: true,
  name: true,
  publisher: true,
  description: true,
  scaleDescription: true,
  yearNote: true,
} as const;

/** Every rating series, in the record's order, with the span of its published years. */
export async function listRatingSeries(db: Db): Promise<RatingSeriesListOutput> {
  const [series, spans] = await Promise.all([
    db.ratingSeries.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, ...seriesSelect },
    }),
    db.rating.groupBy({
      by: ["seriesId"],
      where: publishedRating,
      _min: { year: true },
      _max: { year: true },
    }),
  ]);
  const spanOf = new Map(spans.map((s) => [s.seriesId, s]));
  return series.map(({ id, ...rest }) => {
    const span = spanOf.get(id);
    const first = span?._min.year;
    const last = span?._max.year;
    return { ...rest, years: first != null && last != null ? [first, last] : null };
  });
}

/** A series and its published ratings by year, each with its footnotes. */
export async function listRatings(db: Db, input: RatingListInput): Promise<RatingListOutput> {
  const series = await db.ratingSeries.findUnique({
    where: { slug: input.series },
    select: {
      ...seriesSelect,
      ratings: {
        where: publishedRating,
        orderBy: { year: "asc" },
        include: { citations: visibleCitations },
      },
    },
  });
  if (!series) throw notFound("Rating series");
  const { ratings, ...rest } = series;
  return {
    series: rest,
    items: ratings.map((r) => {
      const status = r.status ? lower(r.status) : null;
      return {
        year: r.year,
        politicalRights: r.politicalRights,
        civilLiberties: r.civilLiberties,
        status,
        statusLabel: status ? FREEDOM_STATUS_LABELS[status] : null,
        rank: r.rank,
        score: r.score,
        headOfState: r.headOfState,
        note: r.note,
        citations: r.citations.map(toCitation),
      };
    }),
  };
}
