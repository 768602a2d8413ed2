"use client";

import { Container } from "@kz/ui";

export interface SiteFooterWords {
  about: string;
  dataAndApi: string;
  howToCiteTitle: string;
  howToCite: string;
  licenseTitle: string;
  license: string;
}

/** A short titled note, such as how to cite the site. */
function FooterNote({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1">{text}</p>
    </section>
  );
}

/**
 * The site's footer from its words (site-footer.tsx). A client component for the same reason as
 * the header's view: the page's RSC payload carries the footer twice, as words rather than markup.
 */
export function SiteFooterView({ words, dataHref }: { words: SiteFooterWords; dataHref: string }) {
  return (
    <footer className="border-t border-slate-200 bg-slate-50 py-10 text-sm text-slate-700">
      <Container className="grid gap-8 sm:grid-cols-2">
        <div className="space-y-3">
          <p>{words.about}</p>
          <p>
            <a href={dataHref}>{words.dataAndApi}</a>
          </p>
        </div>
        <div className="space-y-4">
          <FooterNote id="how-to-cite" title={words.howToCiteTitle} text={words.howToCite} />
          <FooterNote id="licence" title={words.licenseTitle} text={words.license} />
        </div>
      </Container>
    </footer>
  );
}
