import "server-only";

import type { Locale } from "../i18n/routing";
import { absoluteUrl } from "./page-metadata";

/**
 * A source as a schema.org CreativeWork, for JSON-LD: at its own address, or at its page on this
 * site when it has none.
 */
export function sourceCreativeWork(
  locale: Locale,
  source: { slug: string; title: string; publisher: string; url: string | null },
) {
  return {
    "@type": "CreativeWork",
    name: source.title,
    publisher: { "@type": "Organization", name: source.publisher },
    url: source.url ?? absoluteUrl(locale, `/sources/${source.slug}`),
  };
}
