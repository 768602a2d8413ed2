import { describe, expect, it } from "vitest";

import { sitemapXml } from "./sitemap";

const page = (path: string) => ({
  languages: [
    { locale: "en", url: `https://hr.example${path}` },
    { locale: "ru", url: `https://hr.example/ru${path}` },
  ],
  defaultUrl: `https://hr.example${path}`,
});

describe("sitemapXml", () => {
  it("lists each language's copy with every translation and x-default", () => {
    const xml = sitemapXml([page("/events/a")]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://hr.example/events/a</loc>");
    expect(xml).toContain("<loc>https://hr.example/ru/events/a</loc>");
    expect(xml.match(/hreflang="ru" href="https:\/\/hr.example\/ru\/events\/a"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="x-default" href="https:\/\/hr.example\/events\/a"/g)).toHaveLength(
      2,
    );
    expect(xml.trimEnd().endsWith("</urlset>")).toBe(true);
  });

  it("escapes what XML would read as markup", () => {
    const xml = sitemapXml([page("/search?q=a&b=<c>")]);
    expect(xml).toContain("<loc>https://hr.example/search?q=a&amp;b=&lt;c&gt;</loc>");
    expect(xml).not.toContain("<c>");
  });

  it("is a valid empty set without pages", () => {
    expect(sitemapXml([])).toContain("<urlset");
  });
});
