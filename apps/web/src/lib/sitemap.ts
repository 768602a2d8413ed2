import { escapeXml } from "./atom";

/** One page in every language: where each language's copy lives, and which one is the default. */
export interface SitemapPage {
  /** The page in each language, absolute, in the order they are listed. */
  languages: { locale: string; url: string }[];
  defaultUrl: string;
}

/**
 * The sitemap protocol's XML, each language's copy a <url> of its own that lists all of its
 * translations (hreflang alternates, with x-default), as search engines ask for multilingual sites.
 */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of pages) {
    const alternates = [
      ...page.languages.map(({ locale, url }) => [locale, url] as const),
      ["x-default", page.defaultUrl] as const,
    ].map(
      ([hreflang, href]) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}" />`,
    );
    for (const { url } of page.languages) {
      lines.push("<url>", `<loc>${escapeXml(url)}</loc>`, ...alternates, "</url>");
    }
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}
