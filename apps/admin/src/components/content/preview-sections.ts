/** A fence opening or closing a code block: up to three spaces, then three or more ` or ~. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An ATX heading at the start of a line: it always begins a new top-level block. */
const HEADING = /^#{1,6}(\s|$)/;
/**
 * Markdown whose parts refer to each other across the text: reference links and their
 * definitions, and footnotes (numbered over the whole text). Such a text is previewed whole.
 */
const CROSS_REFERENCE = /^ {0,3}\[[^\]\n]+\]:|\[\^/m;

/**
 * The text cut before each heading outside code blocks: sections that render on their own exactly
 * as they do within the whole, so the preview of a long text re-renders only the section typed in.
 * A text with references across sections stays whole.
 */
export function previewSections(source: string): string[] {
  if (CROSS_REFERENCE.test(source)) return [source];
  const sections: string[] = [];
  let start = 0;
  let fence: string | null = null;
  let at = 0;
  for (const line of source.split("\n")) {
    const opener = FENCE.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null;
    } else if (opener) fence = opener;
    else if (HEADING.test(line) && at > start) {
      sections.push(source.slice(start, at));
      start = at;
    }
    at += line.length + 1;
  }
  sections.push(source.slice(start));
  return sections;
}
