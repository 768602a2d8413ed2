import { describe, expect, it } from "vitest";

import { MATCH_START as S, MATCH_STOP as E, prefixQueryText, snippetSegments } from "./fulltext";

describe("prefixQueryText", () => {
  it.each([
    ["Zhanao", "zhanao:*"],
    ["  Zhanao   oil ", "zhanao:* & oil:*"],
    ["Nur-Sultan", "(nur:* <-> sultan:*)"],
    ["Kazakhstan's", "(kazakhstan:* <-> s:*)"],
    ["Article 174", "article:* & 174:*"],
    ["Жанаозен", "жанаозен:*"],
    ["Café", "café:*"],
    ["a strike", "strike:*"],
    // websearch_to_tsquery's syntax, kept so the prefix half never widens the query.
    ['"oil workers" -police', "(oil:* <-> workers:*) & !police:*"],
    ['-"riot police" strike', "!(riot:* <-> police:*) & strike:*"],
    ["strike or protest", "(strike:*) | (protest:*)"],
    ["strike OR -police", "strike:*"],
    ['"unterminated phrase', "(unterminated:* <-> phrase:*)"],
  ])("turns %j into %j", (q, expected) => {
    expect(prefixQueryText(q)).toBe(expected);
  });

  it.each(["", "   ", "&|!():*", "'\"<->\\", "a", "a & b", "-police", "or", "- -- ---"])(
    "gives null when no usable word is left in %j",
    (q) => {
      expect(prefixQueryText(q)).toBeNull();
    },
  );

  it("keeps nothing of the input but letters, digits and marks", () => {
    const hostile = `'; DROP TABLE "Event"; -- x:* & !y | (z) <-> "w" \\ ${"long".repeat(40)}`;
    const result = prefixQueryText(hostile) ?? "";
    const stripped = result.replace(/:\*|<->|[&|!()]/g, " ");
    expect(stripped).toMatch(/^[\p{L}\p{M}\p{N} ]+$/u);
    expect(result).toContain("drop:*");
  });

  it("caps the number and length of words", () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    expect(prefixQueryText(words)?.split(" & ")).toHaveLength(8);
    expect(prefixQueryText("x".repeat(200))).toBe(`${"x".repeat(64)}:*`);
  });
});

describe("snippetSegments", () => {
  it("splits a headline into plain and matching runs", () => {
    expect(snippetSegments(`The ${S}Zhanaozen${E} ${S}protests${E} were violent`)).toEqual([
      { text: "The ", match: false },
      { text: "Zhanaozen", match: true },
      { text: " ", match: false },
      { text: "protests", match: true },
      { text: " were violent", match: false },
    ]);
  });

  it("merges adjacent matches and trims the ends", () => {
    expect(snippetSegments(`  ${S}oil${E}${S}workers${E} struck  `)).toEqual([
      { text: "oilworkers", match: true },
      { text: " struck", match: false },
    ]);
  });

  it("keeps markup as text, for the client to render as text", () => {
    expect(snippetSegments(`<script>alert(1)</script> ${S}x${E}`)).toEqual([
      { text: "<script>alert(1)</script> ", match: false },
      { text: "x", match: true },
    ]);
  });

  it("copes with unbalanced markers and empty input", () => {
    expect(snippetSegments("")).toEqual([]);
    expect(snippetSegments(`${E}a${S}b`)).toEqual([
      { text: "a", match: false },
      { text: "b", match: true },
    ]);
  });
});
