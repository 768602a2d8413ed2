// Moving through a picker's results with the keyboard: ArrowDown from the search box goes to the
// first result, the arrows go on through them, and ArrowUp from the first goes back to the box.

/**
 * Where focus goes for a key: a result's index, -1 for the search box, or null when the key is not
 * for moving (the browser keeps its own meaning of it). `from` is -1 in the search box.
 */
export function arrowTarget(key: string, from: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return Math.min(from + 1, count - 1);
    case "ArrowUp":
      return from <= 0 ? -1 : from - 1;
    case "Home":
      return from < 0 ? null : 0;
    case "End":
      return from < 0 ? null : count - 1;
    case "Escape":
      return from < 0 ? null : -1;
    default:
      return null;
  }
}

/**
 * Handles a key in a picker: moves focus among `results` (elements in the list) and the search box
 * `box`, and says whether it did (so the caller stops the key's default, like scrolling).
 */
export function moveFocus(
  event: { key: string; preventDefault(): void },
  box: HTMLElement | null,
  results: readonly HTMLElement[],
  from: number,
): boolean {
  const to = arrowTarget(event.key, from, results.length);
  if (to === null) return false;
  event.preventDefault();
  (to < 0 ? box : results[to])?.focus();
  return true;
}
