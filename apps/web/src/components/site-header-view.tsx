"use client";

import { Container, SearchForm, SkipLink } from "@kz/ui";

import { LanguageSwitcher, type LanguageOption } from "./language-switcher";
import { MainNav, type NavItem } from "./main-nav";

export interface SiteHeaderWords {
  skipToContent: string;
  siteName: string;
  tagline: string;
  languageLabel: string;
  navLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchSubmit: string;
}

/**
 * The site's header from its words and links (site-header.tsx works them out). A client component
 * so that every page's RSC payload, which carries the header twice (the page, and the not-found
 * page Next keeps ready), has its words rather than its markup.
 */
export function SiteHeaderView({
  locale,
  words,
  homeHref,
  searchHref,
  languages,
  nav,
}: {
  locale: string;
  words: SiteHeaderWords;
  homeHref: string;
  searchHref: string;
  languages: readonly LanguageOption[];
  nav: readonly NavItem[];
}) {
  return (
    // Styled by `.kz-site-header` (globals.css) rather than utilities in every page's HTML.
    <header className="kz-site-header">
      <SkipLink label={words.skipToContent} />
      <Container>
        <a href={homeHref}>
          <span>{words.siteName}</span>
          <span>{words.tagline}</span>
        </a>
        <LanguageSwitcher locale={locale} label={words.languageLabel} languages={languages} />
      </Container>
      <Container>
        <MainNav label={words.navLabel} items={nav} />
        <SearchForm
          action={searchHref}
          label={words.searchLabel}
          placeholder={words.searchPlaceholder}
          submitLabel={words.searchSubmit}
          className="w-full sm:w-72"
        />
      </Container>
    </header>
  );
}
