/** The parts of a revision that folding reads. */
interface Foldable {
  version: number;
  autosave: boolean;
  author: { id: string } | null;
}

/**
 * One line of the history: a revision, or a run of consecutive autosaves by the same person
 * (`newest` stands for the run, `oldest` is where it began).
 */
export interface HistoryLine<R extends Foldable> {
  newest: R;
  oldest: R;
  /** How many revisions the line stands for (1 for a revision on its own). */
  count: number;
}

/**
 * Folds runs of autosaves (newest first, as the history lists them) into one line each, so a morning
 * of typing reads as one step rather than a hundred. A run ends at any other revision, or where
 * another person's autosave begins.
 */
export function foldAutosaves<R extends Foldable>(revisions: readonly R[]): HistoryLine<R>[] {
  const lines: HistoryLine<R>[] = [];
  for (const r of revisions) {
    const last = lines.at(-1);
    if (
      r.autosave &&
      last?.oldest.autosave &&
      last.oldest.author?.id === r.author?.id &&
      last.oldest.version === r.version + 1
    ) {
      last.oldest = r;
      last.count += 1;
    } else lines.push({ newest: r, oldest: r, count: 1 });
  }
  return lines;
}
