import { Container, formatEventDate, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { HeldFigure } from "../../components/case-status";
import { EventItem } from "../../components/event-item";
import { TimelineSection } from "../../components/explore/timeline-section";
import { FreedomStatus } from "../../components/freedom-status";
import { richLink } from "../../components/rich-link";
import { CiteBox } from "../../components/cite-this";
import { Section } from "../../components/section";
import { env } from "../../env";
import { getLabels } from "../../i18n/labels";
import { Link } from "../../i18n/navigation";
import type { Locale } from "../../i18n/routing";
import { absoluteUrl } from "../../lib/absolute-url";
import { feedPath } from "../../lib/feed-path";
import { FREEDOM_IN_THE_WORLD } from "../../lib/ratings";
import { fieldLang } from "../../lib/translated";
import { listRatings, listReader } from "../../server/cached";
import { pageMetadata } from "../../server/page-metadata";
import { readPageLocale } from "../../server/page-locale";

const LATEST = 6;
const RECENTLY_UPDATED = 5;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale });
  return {
    ...pageMetadata({
      locale,
      href: "/",
      title: t("meta.siteName"),
      description: t("meta.description"),
      siteName: t("meta.siteName"),
    }),
    // The site's name alone, not "name · name".
    title: { absolute: t("meta.siteName") },
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await readPageLocale(params);
  const [t, tMeta, labels, record, updated, fitw, topics, cases] = await Promise.all([
    getTranslations("home"),
    getTranslations("meta"),
    getLabels(),
    listReader("event")({ limit: LATEST, locale }),
    listReader("event")({ sort: "updated", limit: RECENTLY_UPDATED, locale }),
    listRatings(FREEDOM_IN_THE_WORLD),
    listReader("topic")({ locale }),
    listReader("case")({ locale }),
  ]);
  const latest = record.items;
  // In the site's own date style ("7 December 2026"), like every other date on it.
  const day = (iso: string) => formatEventDate(iso.slice(0, 10), null, "day", labels.dates);
  const accessed = day(new Date().toISOString());
  const siteUrl = absoluteUrl(env.PUBLIC_SITE_URL, "/");

  return (
    <Container>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="-mt-4 mb-10 max-w-3xl text-slate-700">{t("intro")}</p>

      {fitw ? <FreedomStatus series={fitw.series} items={fitw.items} /> : null}

      {cases.items.length ? (
        <div className="mt-12">
          <HeldFigure
            held={cases.held}
            headingId="home-held"
            footer={
              <p className="mt-3">
                <Link href="/cases">{t("casesLink")} →</Link>
              </p>
            }
          />
        </div>
      ) : null}

      <Section
        id="latest-events"
        title={t("latestEvents")}
        className="mt-12"
        aside={<p className="text-sm text-slate-600">{t("eventCount", { count: record.total })}</p>}
      >
        <div className="mt-2">
          {latest.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </div>
        <p className="mt-4">
          <Link href="/events">{t("allEvents")} →</Link>
        </p>
      </Section>

      <Section id="recently-updated" title={t("recentlyUpdated")} className="mt-12">
        <ul className="mt-4 space-y-2">
          {updated.items.map((e) => (
            <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4">
              <Link href={`/events/${e.slug}`} lang={fieldLang(locale, e, "title")}>
                {e.title}
              </Link>
              <time dateTime={e.updatedAt} className="text-sm text-slate-600">
                {day(e.updatedAt)}
              </time>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <a href={feedPath(locale)} type="application/atom+xml">
            {t("recentlyUpdatedFeed")}
          </a>
        </p>
      </Section>

      {topics.length ? (
        <Section id="topics" title={t("topicsTitle")} className="mt-12">
          <ul className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-2">
            {topics.map((topic) => (
              <li key={topic.slug} className="flex items-baseline justify-between gap-3">
                <Link href={`/topics/${topic.slug}`} lang={fieldLang(locale, topic, "name")}>
                  {topic.name}
                </Link>
                <span className="shrink-0 text-sm text-slate-600">
                  {t("topicCount", { count: topic.eventCount })}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="timeline" title={t("timeline")} className="mt-12">
        <TimelineSection locale={locale} heading={false} />
        <p className="mt-4">
          <Link href="/events">{t("allEvents")} →</Link>
        </p>
      </Section>

      <CiteBox
        id="cite-record"
        title={t("citeTitle")}
        className="mt-12"
        intro={<p className="mt-2 text-slate-700">{t("citeIntro")}</p>}
        citation={t("citeText", {
          site: tMeta("siteName"),
          title: t("title"),
          url: siteUrl,
          date: accessed,
        })}
        note={t.rich("citeMore", { data: richLink("/data") })}
      />
    </Container>
  );
}
