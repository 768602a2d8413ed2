import { describe, expect, it } from "vitest";

import { isArchiveCopy, normaliseUrl, waybackLookupUrl } from "./source-url";

describe("normaliseUrl", () => {
  it("writes one document's address one way", () => {
    const same = [
      "https://www.hrw.org/world-report/2012/country-chapters/kazakhstan",
      "http://hrw.org/world-report/2012/country-chapters/kazakhstan/",
      "HTTPS://WWW.HRW.ORG:443/world-report/2012/country-chapters/kazakhstan#top",
      "https://hrw.org/world-report/2012/country-chapters/kazakhstan?utm_source=x",
    ];
    expect(new Set(same.map(normaliseUrl)).size).toBe(1);
  });

  it("keeps what tells documents apart", () => {
    expect(normaliseUrl("https://example.org/report?id=1&lang=en")).toBe(
      normaliseUrl("https://example.org/report?lang=en&id=1"),
    );
    expect(normaliseUrl("https://example.org/report?id=1")).not.toBe(
      normaliseUrl("https://example.org/report?id=2"),
    );
    expect(normaliseUrl("https://example.org/Report")).not.toBe(
      normaliseUrl("https://example.org/report"),
    );
  });

  it("refuses anything but http(s)", () => {
    expect(normaliseUrl("javascript:alert(1)")).toBeNull();
    expect(normaliseUrl("ftp://example.org/a")).toBeNull();
    expect(normaliseUrl("not a url")).toBeNull();
  });
});

describe("isArchiveCopy", () => {
  it("takes copies in archive.org, archive.today and perma.cc", () => {
    for (const url of [
      "https://web.archive.org/web/20120201000000/https://www.hrw.org/world-report/2012",
      "https://archive.ph/AbC12",
      "https://archive.today/2020.01.01-000000/https://example.org/",
      "https://perma.cc/ABCD-1234",
    ])
      expect(isArchiveCopy(url), url).toBe(true);
  });

  it("refuses other sites, archive home pages and other schemes", () => {
    for (const url of [
      "https://www.hrw.org/world-report/2012",
      "https://web.archive.org/",
      "https://notarchive.org/web/1/x",
      "javascript://web.archive.org/%0aalert(1)",
      "ftp://perma.cc/ABCD-1234",
    ])
      expect(isArchiveCopy(url), url).toBe(false);
  });
});

it("looks an address up in the Wayback Machine", () => {
  expect(waybackLookupUrl("https://example.org/a")).toBe(
    "https://web.archive.org/web/*/https://example.org/a",
  );
});
