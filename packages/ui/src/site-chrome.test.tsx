import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { FilterBar, SelectFilter } from "./filter-bar";
import { FootnoteRef, Footnotes } from "./footnotes";
import { Pagination } from "./pagination";
import { LanguageLinks, SearchForm } from "./site-chrome";

describe("no-JavaScript navigation primitives", () => {
  it("pagination links both ways and dims a missing direction", () => {
    const html = renderToStaticMarkup(
      <Pagination previousHref={null} nextHref="/events?cursor=abc" status="1–20 of 130" />,
    );
    expect(html).toContain('<nav aria-label="Pages"');
    expect(html).toContain('<a href="/events?cursor=abc" rel="next"');
    expect(html).toMatch(/<span aria-disabled="true"[^>]*>← Previous<\/span>/);
  });

  it("the filter bar is a GET form that carries other parameters along", () => {
    const html = renderToStaticMarkup(
      <FilterBar
        action="/events"
        label="Filter events"
        submitLabel="Apply"
        keep={{ q: "protest", empty: "" }}
      >
        <SelectFilter
          name="topic"
          label="Topic"
          emptyLabel="All topics"
          value="media"
          options={[{ value: "media", label: "Media" }]}
        />
      </FilterBar>,
    );
    expect(html).toMatch(
      /^<form role="search" aria-label="Filter events"[^>]* action="\/events" method="get">/,
    );
    expect(html).toContain('<input type="hidden" name="q" value="protest"/>');
    expect(html).not.toContain('name="empty"');
    expect(html).toContain('<label for="filter-topic"');
    expect(html).toContain('<option value="media" selected="">Media</option>');
  });

  it("the search form sends q to the search page", () => {
    const html = renderToStaticMarkup(
      <SearchForm action="/ru/search" label="Поиск" submitLabel="Найти" />,
    );
    expect(html).toMatch(/^<form role="search"[^>]* action="\/ru\/search" method="get">/);
    expect(html).toContain('name="q"');
  });

  it("language links mark the current language and each link's language", () => {
    const html = renderToStaticMarkup(
      <LanguageLinks
        label="Language"
        links={[
          { locale: "en", label: "English", href: "/events", current: false },
          { locale: "kk", label: "Қазақша", href: "/kk/events", current: true },
        ]}
      />,
    );
    expect(html).toContain('<a href="/events" hrefLang="en" lang="en"');
    expect(html).toContain('<span aria-current="true" lang="kk"');
  });

  it("footnotes link marker and note both ways", () => {
    const html = renderToStaticMarkup(
      <>
        <FootnoteRef n={1} label="Source 1" />
        <Footnotes
          title="Sources"
          backLabel="Back to the text"
          notes={[{ key: "a", content: "HRW 2012", referenced: true }]}
        />
      </>,
    );
    expect(html).toContain(
      '<sup id="cite-ref-1" class="ml-0.5"><a href="#cite-1" aria-label="Source 1"',
    );
    expect(html).toContain('<li id="cite-1"');
    expect(html).toContain('<a href="#cite-ref-1" aria-label="Back to the text"');
  });
});
