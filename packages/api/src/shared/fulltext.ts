// Pure helpers for full-text search; the SQL that uses them is in fulltext.sql.ts.
import type { SnippetSegment } from "./common.schema";

/** Private-use characters mark matches in ts_headline output; they are stripped from the text first. */
export const MATCH_START = "\uE000";
export const MATCH_STOP = "\uE001";

const MAX_PREFIX_WORDS = 8;
const MAX_WORD_LENGTH = 64;

// A quoted phrase (optionally negated, the closing quote optional), or any other run of non-space.
const TOKEN = /(-+)?"([^"]*)"?|(\S+)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

const wordsOf = (text: string) =>
  (text.normalize("NFKC").toLowerCase().match(WORD) ?? []).map((w) =>
    [...w].slice(0, MAX_WORD_LENGTH).join(""),
  );

/**
 * The operand of `to_tsquery('simple', …)` that matches the words of `q` as prefixes, e.g.
 * "Zhanao oil" → "zhanao:* & oil:*", or null when nothing usable is left.
 *
 * It follows websearch_to_tsquery's syntax, so that OR-ing the two never widens what the user asked
 * for: `or` separates alternatives, `-word` excludes, and a "quoted phrase" (or a hyphenated word)
 * needs its words in sequence. Only letters, digits and combining marks of the input survive, so the
 * result carries no tsquery syntax but the operators added here. A lone one-character word is dropped
 * (as a prefix it would match nearly everything), and so is an alternative with nothing but
 * exclusions: that only narrows the prefix half, which websearch_to_tsquery still covers.
 */
export function prefixQueryText(q: string): string | null {
  const alternatives: string[][] = [[]];
  let budget = MAX_PREFIX_WORDS;
  for (const [, dashes, phrase, bare] of q.matchAll(TOKEN)) {
    if (bare !== undefined && bare.toLowerCase() === "or") {
      alternatives.push([]);
      continue;
    }
    const negated = phrase !== undefined ? dashes !== undefined : /^-/.test(bare ?? "");
    let words = wordsOf(phrase ?? bare ?? "");
    if (words.length === 1 && [...words[0]!].length < 2) words = [];
    words = words.slice(0, budget);
    if (!words.length) continue;
    budget -= words.length;
    const term = words.map((w) => `${w}:*`).join(" <-> ");
    const grouped = words.length > 1 ? `(${term})` : term;
    alternatives.at(-1)!.push(negated ? `!${grouped}` : grouped);
    if (budget === 0) break;
  }
  const usable = alternatives
    .filter((terms) => terms.some((t) => !t.startsWith("!")))
    .map((terms) => terms.join(" & "));
  if (!usable.length) return null;
  return usable.length === 1 ? usable[0]! : usable.map((a) => `(${a})`).join(" | ");
}

/**
 * Splits ts_headline output (matches wrapped in MATCH_START … MATCH_STOP) into plain-text segments,
 * so clients render text nodes and never HTML. Adjacent segments of the same kind are merged.
 */
export function snippetSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const previous = segments.at(-1);
    if (previous && previous.match === match) previous.text += text;
    else segments.push({ text, match });
    text = "";
  };
  for (const ch of headline.trim()) {
    if (ch === MATCH_START || ch === MATCH_STOP) {
      flush();
      match = ch === MATCH_START;
    } else {
      text += ch;
    }
  }
  flush();
  return segments;
}
