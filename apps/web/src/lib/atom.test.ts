import { describe, expect, it } from "vitest";

import { atomFeed, escapeXml } from "./atom";

const base = {
  id: "https://example.org/",
  title: "Record",
  selfUrl: "https://example.org/feed.xml",
  alternateUrl: "https://example.org/events?a=1&b=2",
  author: "Record",
  fallbackUpdated: new Date("2020-01-01T00:00:00Z"),
};

describe("escapeXml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeXml(`<b>"A" & 'B'</b> ]]>`)).toBe(
      "&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt; ]]&gt;",
    );
  });

  it("drops characters XML cannot carry and keeps the rest of Unicode", () => {
    expect(escapeXml("a\u0000b\u0008c\td\ne\uffff Қазақстан 😀 \ud800x")).toBe(
      "abc\td\ne Қазақстан 😀 x",
    );
  });
});

describe("atomFeed", () => {
  const xml = atomFeed({
    ...base,
    entries: [
      {
        id: "https://example.org/events/a",
        url: "https://example.org/events/a",
        title: "Strikes & <shootings>",
        updated: new Date("2024-05-01T10:00:00Z"),
        published: new Date("2024-04-01T10:00:00Z"),
        summary: "Text with ]]> inside",
        categories: [{ term: "protests", label: "Protests & rallies" }],
      },
      {
        id: "https://example.org/events/b",
        url: "https://example.org/events/b",
        title: "Older",
        updated: new Date("2023-01-01T00:00:00Z"),
      },
    ],
  });

  it("is an Atom document whose updated time is the latest entry's", () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(xml).toContain('<updated>2024-05-01T10:00:00.000Z</updated>\n  <link rel="self"');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('href="https://example.org/events?a=1&amp;b=2"');
  });

  it("escapes every text", () => {
    expect(xml).toContain("<title>Strikes &amp; &lt;shootings&gt;</title>");
    expect(xml).toContain("<summary>Text with ]]&gt; inside</summary>");
    expect(xml).toContain('<category term="protests" label="Protests &amp; rallies"/>');
    expect(xml).not.toMatch(
      /<(?!\/?(?:feed|id|title|updated|link|author|name|entry|published|summary|category)[ >/])[^?]/,
    );
  });

  it("has a time even when empty", () => {
    expect(atomFeed({ ...base, entries: [] })).toContain(
      "<updated>2020-01-01T00:00:00.000Z</updated>",
    );
  });
});
