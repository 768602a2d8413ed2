"use client";

import { Container, SearchForm, SkipLink } from "@kz/ui";
import Link from "next/link";

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
    <header className="border-brand-900 border-t-4 border-b border-b-slate-200 bg-white">
      <SkipLink label={words.skipToContent} />
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 pt-4 pb-2">
        <Link href={homeHref} className="group no-underline hover:no-underline">
          <span className="text-brand-900 block font-serif text-xl leading-tight font-semibold group-hover:underline sm:text-2xl">
            {words.siteName}
          </span>
          <span className="block text-sm text-slate-600">{words.tagline}</span>
        </Link>
        <LanguageSwitcher locale={locale} label={words.languageLabel} languages={languages} />
      </Container>
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pb-2">
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
