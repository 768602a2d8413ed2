import { getTranslations } from "next-intl/server";

import { env } from "../env";
import { getPathname } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { absoluteUrl } from "../lib/absolute-url";
import { atomFeed } from "../lib/atom";
import { feedPath } from "../lib/feed-path";
import { listReader, recordReader } from "./cached";

const ENTRIES = 20;

/**
 * The latest published and corrected events and cases as an Atom feed, the most recent first: an
 * event dated 2015 published today is at the top. Each entry's `updated` is when the record was
 * last published and, for events, `published` when it first was; an event corrected since is
 * marked as an update. Cases are categorised as such, with their last known status.
 *
 * `/feed.xml?topic=<slug>`: the same for one topic's events and cases (an unknown topic is 404).
 * `/ru/feed.xml`, `/kk/feed.xml`: in that language — its words, the events' published
 * translations (English where there is none), links to that language's pages.
 */
export async function feedResponse(request: Request, locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale });
  const localPath = (href: string) => getPathname({ locale, href });
  const site = env.PUBLIC_SITE_URL;
  const topicSlug = new URL(request.url).searchParams.get("topic");
  const topic = topicSlug === null ? null : await recordReader("topic")(topicSlug, locale);
  if (topicSlug !== null && !topic) return new Response("No such topic.\n", { status: 404 });
  const ofTopic = topic ? { topic: topic.slug } : {};
  const [{ items }, cases] = await Promise.all([
    listReader("event")({ limit: ENTRIES, sort: "updated", order: "desc", ...ofTopic, locale }),
    listReader("case")({ ...ofTopic, locale }),
  ]);
  const details = await Promise.all(items.map((e) => recordReader("event")(e.slug)));
  const caseEntries = cases.items.map((c) => ({
    id: absoluteUrl(site, `/cases/${c.slug}`),
    url: absoluteUrl(site, localPath(`/cases/${c.slug}`)),
    title: c.title,
    updated: new Date(c.updatedAt),
    published: null,
    summary: c.summary,
    categories: [
      { term: "case", label: t("cases.title") },
      ...(c.lastKnown
        ? [
            {
              term: `status-${c.lastKnown.status}`,
              label: t(`cases.statuses.${c.lastKnown.status}`),
            },
          ]
        : []),
    ],
  }));
  const xml = atomFeed({
    id: absoluteUrl(site, localPath(topic ? `/topics/${topic.slug}` : "/")),
    title: topic ? `${t("meta.siteName")}: ${topic.name}` : t("meta.siteName"),
    subtitle: t("meta.description"),
    selfUrl: absoluteUrl(site, feedPath(locale) + (topic ? `?topic=${topic.slug}` : "")),
    alternateUrl: absoluteUrl(site, localPath(topic ? `/topics/${topic.slug}` : "/events")),
    author: t("meta.siteName"),
    rights: t("footer.license"),
    language: locale,
    fallbackUpdated: new Date(),
    entries: [
      ...items.map((event, i) => {
        const detail = details[i];
        const updated = new Date(detail?.updatedAt ?? `${event.startDate}T00:00:00Z`);
        const published = detail?.publishedAt ? new Date(detail.publishedAt) : null;
        // Published once and not since: updatedAt is set by the same publish, a moment later.
        const corrected = published !== null && updated.getTime() - published.getTime() > 60_000;
        return {
          // The id stays the record's English address in every language: one entry, one record.
          id: event.url,
          url: absoluteUrl(site, localPath(`/events/${event.slug}`)),
          title: event.title,
          updated,
          published,
          summary: event.summary,
          categories: [
            ...(corrected ? [{ term: "update", label: t("feed.update") }] : []),
            ...event.topics.map((topic) => ({ term: topic.slug, label: topic.name })),
          ],
        };
      }),
      ...caseEntries,
    ]
      .sort((a, b) => b.updated.getTime() - a.updated.getTime())
      .slice(0, ENTRIES),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
