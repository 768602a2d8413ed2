import { Badge } from "@kz/ui";

import { Link } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { fieldLang, type LinkedName } from "../lib/translated";

/** A record's topics as linked badges (a fact on event and case pages); nothing when it has none. */
export function TopicBadges({
  topics,
  locale,
}: {
  topics: readonly LinkedName[];
  /** The page's language: a name still in English there is marked lang="en". */
  locale: Locale;
}) {
  if (!topics.length) return null;
  return (
    <span className="flex flex-wrap gap-1.5">
      {topics.map((x) => (
        <Link key={x.slug} href={`/topics/${x.slug}`} className="no-underline">
          <Badge tone="brand" lang={fieldLang(locale, x, "name")} className="hover:underline">
            {x.name}
          </Badge>
        </Link>
      ))}
    </span>
  );
}
