/** A run of text that both versions share, or that only the newer (added) or older (removed) has. */
export interface WordChange {
  text: string;
  change: "same" | "added" | "removed";
}

// Past this many cells the longest-common-subsequence table costs more than the diff is worth:
// the middle that differs is shown as removed and added whole.
const MAX_CELLS = 4_000_000;

const words = (text: string) => text.split(/(\s+)/).filter(Boolean);

function merged(changes: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (const c of changes) {
    const last = out.at(-1);
    if (last?.change === c.change) last.text += c.text;
    else if (c.text) out.push({ ...c });
  }
  return out;
}

/** The longest common subsequence of words, walked back into removed, added and shared runs. */
function middle(a: string[], b: string[]): WordChange[] {
  if (a.length * b.length > MAX_CELLS)
    return [
      { text: a.join(""), change: "removed" },
      { text: b.join(""), change: "added" },
    ];
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const out: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ text: a[i]!, change: "same" });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ text: a[i++]!, change: "removed" });
    } else {
      out.push({ text: b[j++]!, change: "added" });
    }
  }
  while (i < a.length) out.push({ text: a[i++]!, change: "removed" });
  while (j < b.length) out.push({ text: b[j++]!, change: "added" });
  return out;
}

/**
 * Word by word, what changed from `before` to `after`: shared runs, and what was removed and added
 * in between. Edits are usually local, so the common start and end are taken off first.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  return merged([
    { text: a.slice(0, start).join(""), change: "same" },
    ...middle(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    { text: a.slice(a.length - end).join(""), change: "same" },
  ]);
}
