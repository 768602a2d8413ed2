import { describe, expect, it } from "vitest";

import { MATCH_START as S, MATCH_STOP as E } from "../shared/fulltext";
import { sentenceSnippet } from "./snippet";

describe("sentenceSnippet", () => {
  it("starts at the first sentence with a match", () => {
    const text = `Workers struck for months. Police opened fire in ${S}Zhanaozen${E}. At least 14 were killed.`;
    expect(sentenceSnippet(text)).toBe(
      `Police opened fire in ${S}Zhanaozen${E}. At least 14 were killed.`,
    );
  });

  it("starts at the first sentence when nothing in the text matched", () => {
    expect(sentenceSnippet("The strike began in May.\nIt lasted months.")).toBe(
      "The strike began in May. It lasted months.",
    );
  });

  it("never shows the note that the source document gives no title", () => {
    const notes =
      "The source document does not give this source's title; the title here describes it. " +
      `The document says Amnesty International called the news ${S}encouraging${E}.`;
    expect(sentenceSnippet(notes)).toBe(
      `The document says Amnesty International called the news ${S}encouraging${E}.`,
    );
    expect(
      sentenceSnippet(
        "The source document does not give this source's title; the title here describes it.",
      ),
    ).toBe("");
  });

  it("cuts a long sentence at a word, after its first match and never inside one", () => {
    const long = `${"word ".repeat(60)}${S}torture and more${E} ${"tail ".repeat(40)}end.`;
    const snippet = sentenceSnippet(long);
    expect(snippet.length).toBeLessThan(long.length);
    expect(snippet.startsWith("word word")).toBe(true);
    expect(snippet).toContain(`${S}torture and more${E}`);
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet.split(S).length).toBe(snippet.split(E).length);
  });

  it("keeps sentences that end in a quotation", () => {
    expect(sentenceSnippet(`He said "no." Then ${S}police${E} came.`)).toBe(
      `Then ${S}police${E} came.`,
    );
  });
});
