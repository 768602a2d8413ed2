/** A rating's figures as a form, an import row or the seed may give them: any may be absent. */
export interface RatingFiguresInput<Status> {
  year: number;
  politicalRights?: number | null;
  civilLiberties?: number | null;
  status?: Status | null;
  rank?: number | null;
  score?: number | null;
}

/**
 * A rating's figures as its row stores them, each absent one null, so that saving over an older
 * rating clears what the new one does not give. Every writer of ratings (admin form, CSV import,
 * seed, test factory) goes through this.
 */
export function ratingFigures<Status>(r: RatingFiguresInput<Status>) {
  return {
    year: r.year,
    politicalRights: r.politicalRights ?? null,
    civilLiberties: r.civilLiberties ?? null,
    status: r.status ?? null,
    rank: r.rank ?? null,
    score: r.score ?? null,
  };
}
