"use client";

import { Container, PageHeading } from "@kz/ui";

export interface NotFoundWords {
  title: string;
  body: string;
  home: string;
  homeHref: string;
  search: string;
  searchHref: string;
}

/**
 * The not-found content from its words (not-found-content.tsx works them out). A client component
 * so that every page's RSC payload, which carries it twice (the site's and the language's
 * not-found boundary), sends its words once and a reference the second time, not its markup twice.
 */
export function NotFoundView({ words }: { words: NotFoundWords }) {
  return (
    <Container>
      <PageHeading title={words.title} lead={words.body} />
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={words.homeHref}>{words.home}</a>
        </li>
        <li>
          <a href={words.searchHref}>{words.search}</a>
        </li>
      </ul>
    </Container>
  );
}
