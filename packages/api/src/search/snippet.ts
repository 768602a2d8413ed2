// A search hit's snippet, cut from text whose every match is marked (ts_headline with HighlightAll):
// whole sentences, starting at the first one that matches, never an editor's note about the source.
import { MATCH_START, MATCH_STOP } from "../shared/fulltext";

/** About how long a snippet runs; the sentence that reaches it ends it, cut at a word past 1.5 ×. */
const SNIPPET_CHARS = 220;

/**
 * Sentences that say what the source document leaves out (the seed's `notes` on an untitled
 * source). They are true and useful on the source's own page, but as a snippet they read as
 * placeholder text and say nothing about what was searched for.
 */
const EDITORIAL_NOTES = [/^The source document does not give\b/i];

const MARKERS = new RegExp(`[${MATCH_START}${MATCH_STOP}]`, "g");
const plain = (sentence: string) => sentence.replace(MARKERS, "");

/** Sentences: split after . ! ? … (and closing quotes) before a space, and at line breaks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…]["»”')\]]?)\s+/u)
    .map((s) => s.trim())
    .filter((s) => s && !EDITORIAL_NOTES.some((note) => note.test(plain(s))));
}

/**
 * Cuts marked text at the first space past `max` plain characters that is after its first match
 * (a snippet without the match would not say why it was found) and outside any match.
 */
function cut(sentence: string, max: number): string {
  const firstMatchEnd = sentence.indexOf(MATCH_STOP);
  let seen = 0;
  let end = sentence.length;
  for (let i = 0; i < sentence.length; i += 1) {
    const ch = sentence[i]!;
    if (ch === MATCH_START || ch === MATCH_STOP) continue;
    seen += 1;
    if (seen > max && ch === " " && i > firstMatchEnd && !insideMatch(sentence, i)) {
      end = i;
      break;
    }
  }
  return end < sentence.length ? `${sentence.slice(0, end)} …` : sentence;
}

const insideMatch = (text: string, at: number) =>
  text.lastIndexOf(MATCH_START, at) > text.lastIndexOf(MATCH_STOP, at);

/**
 * The snippet of `marked` (matches between MATCH_START and MATCH_STOP): from the first sentence with
 * a match, or the first sentence when the match was elsewhere (a title), up to about SNIPPET_CHARS.
 * Empty when nothing but editorial notes is left.
 */
export function sentenceSnippet(marked: string): string {
  const sentences = sentencesOf(marked);
  const first = Math.max(
    0,
    sentences.findIndex((s) => s.includes(MATCH_START)),
  );
  const kept: string[] = [];
  let length = 0;
  for (const sentence of sentences.slice(first)) {
    kept.push(sentence);
    length += plain(sentence).length + 1;
    if (length >= SNIPPET_CHARS) break;
  }
  const text = kept.join(" ");
  return length > SNIPPET_CHARS * 1.5 ? cut(text, SNIPPET_CHARS) : text;
}
