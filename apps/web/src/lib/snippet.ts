export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Snippets are cut from markdown, so they can carry its markers ("### 2006 …", "**bold**"). The
 * markers go; matched words are kept exactly as the API marked them. Still plain text throughout.
 */
export function plainSegments(segments: readonly Segment[]): Segment[] {
  return segments
    .map((s) =>
      s.match
        ? s
        : {
            text: s.text
              .replace(/(^|\s)#{1,6}(?=\s)/g, "$1")
              .replace(/\*\*|__|`/g, "")
              .replace(/\s{2,}/g, " "),
            match: false,
          },
    )
    .filter((s) => s.text !== "");
}
