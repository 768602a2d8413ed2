import { Container, formatEventDate, PageHeading } from "@kz/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { EventItem } from "../../components/event-item";
import { getLabels } from "../../i18n/labels";
import { Link } from "../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../i18n/routing";
import { listEvents } from "../../server/cached";

const LATEST = 6;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, labels, record] = await Promise.all([
    getTranslations("home"),
    getLabels(),
    listEvents({ limit: 100 }),
  ]);
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;
  const latest = record.items.slice(0, LATEST);
  const byYear = new Map<string, typeof record.items>();
  for (const e of record.items) {
    const year = e.startDate.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), e]);
  }

  return (
    <Container>
      <PageHeading title={t("title")} lead={t("lead")} />
      <section aria-labelledby="latest-events">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="latest-events" className="text-brand-900 font-serif text-2xl font-semibold">
            {t("latestEvents")}
          </h2>
          <p className="text-sm text-slate-500">{t("eventCount", { count: record.total })}</p>
        </div>
        <div className="mt-2">
          {latest.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </div>
        <p className="mt-4">
          <Link href="/events">{t("allEvents")} →</Link>
        </p>
      </section>
      <section aria-labelledby="timeline" className="mt-12">
        <h2 id="timeline" className="text-brand-900 font-serif text-2xl font-semibold">
          {t("timeline")}
        </h2>
        <ol className="mt-4 space-y-6">
          {[...byYear].map(([year, events]) => (
            <li key={year} className="grid gap-2 sm:grid-cols-[5rem_1fr]">
              <h3 className="font-serif text-lg font-semibold text-slate-500">{year}</h3>
              <ul className="space-y-1">
                {events.map((e) => (
                  <li key={e.id}>
                    <span className="text-sm text-slate-500">
                      {formatEventDate(e.startDate, e.endDate, e.datePrecision, labels.dates)}
                    </span>{" "}
                    <Link href={`/events/${e.slug}`} lang={contentLang}>
                      {e.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </Container>
  );
}
