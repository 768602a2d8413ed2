import { Container, PageHeading, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { EventTimeline } from "../../../components/event-timeline";
import { FilteredList } from "../../../components/filtered-list";
import { getPathname } from "../../../i18n/navigation";
import type { Locale } from "../../../i18n/routing";
import {
  isFiltered,
  parseEventFilters,
  parsePosition,
  yearsBetween,
  type EventFilters,
} from "../../../lib/params";
import { listActors, listEvents, listPlaces, listTopics } from "../../../server/cached";
import { orNotFound } from "../../../server/bad-input";
import { pageMetadata } from "../../../server/page-metadata";

const PAGE_SIZE = 20;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/events">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    href: "/events",
    title: t("events.title"),
    description: t("events.metaDescription"),
    siteName: t("meta.siteName"),
  });
}

/** The filters as they appear in links: the default order is left out. */
function filterParams(f: EventFilters) {
  return { ...f, order: f.order === "desc" ? undefined : f.order };
}

export default async function EventsPage({ params, searchParams }: PageProps<"/[locale]/events">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const filters = parseEventFilters(query);
  const position = parsePosition(query);

  const [t, page, first, last, topics, places, actors] = await Promise.all([
    getTranslations(),
    orNotFound(listEvents({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
    listEvents({ order: "asc", limit: 1 }),
    listEvents({ order: "desc", limit: 1 }),
    listTopics(),
    listPlaces(),
    listActors({ limit: 100 }),
  ]);

  const path = getPathname({ locale, href: "/events" });
  const filtered = isFiltered(filters);
  const firstYear = Number(first.items[0]?.startDate.slice(0, 4));
  const lastYear = Number(last.items[0]?.startDate.slice(0, 4));
  const years = first.items.length && last.items.length ? yearsBetween(firstYear, lastYear) : [];

  return (
    <Container>
      <PageHeading title={t("events.title")} lead={t("events.lead")} />
      <FilteredList
        path={path}
        filterLabel={t("events.filterLabel")}
        params={filterParams(filters)}
        filtered={filtered}
        count={
          filtered
            ? t("events.countFiltered", { count: page.total })
            : t("events.count", { count: page.total })
        }
        countId="event-count"
        empty={t("events.empty")}
        emptyHint={t("events.emptyHint")}
        page={page}
        position={position}
        pageSize={PAGE_SIZE}
        filters={
          <>
            <TextFilter name="q" type="search" label={t("filters.query")} value={filters.q} />
            <SelectFilter
              name="year"
              label={t("filters.year")}
              emptyLabel={t("filters.allYears")}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
              value={filters.year?.toString()}
            />
            <SelectFilter
              name="topic"
              label={t("filters.topic")}
              emptyLabel={t("filters.allTopics")}
              options={topics.map((x) => ({ value: x.slug, label: x.name }))}
              value={filters.topic}
            />
            <SelectFilter
              name="place"
              label={t("filters.place")}
              emptyLabel={t("filters.allPlaces")}
              options={places.map((x) => ({ value: x.slug, label: x.name }))}
              value={filters.place}
            />
            <SelectFilter
              name="actor"
              label={t("filters.actor")}
              emptyLabel={t("filters.allActors")}
              options={actors.items.map((x) => ({ value: x.slug, label: x.name }))}
              value={filters.actor}
            />
            <SelectFilter
              name="order"
              label={t("filters.order")}
              emptyLabel={t("filters.newestFirst")}
              options={[{ value: "asc", label: t("filters.oldestFirst") }]}
              value={filters.order === "asc" ? "asc" : undefined}
            />
          </>
        }
      >
        <EventTimeline events={page.items} level={2} />
      </FilteredList>
    </Container>
  );
}
