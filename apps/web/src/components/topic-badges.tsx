import { Badge } from "@kz/ui";

import { Link } from "../i18n/navigation";

/** A record's topics as linked badges (a fact on event and case pages); nothing when it has none. */
export function TopicBadges({
  topics,
  lang,
}: {
  topics: readonly { slug: string; name: string }[];
  /** The language of the record's text (topic names are part of it). */
  lang: string | undefined;
}) {
  if (!topics.length) return null;
  return (
    <span className="flex flex-wrap gap-1.5">
      {topics.map((x) => (
        <Link key={x.slug} href={`/topics/${x.slug}`} className="no-underline">
          <Badge tone="brand" lang={lang} className="hover:underline">
            {x.name}
          </Badge>
        </Link>
      ))}
    </span>
  );
}
