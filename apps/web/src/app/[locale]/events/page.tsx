import {
  Container,
  FilterBar,
  hrefWith,
  PageHeading,
  Pagination,
  SelectFilter,
  TextFilter,
} from "@kz/ui";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { EventTimeline } from "../../../components/event-timeline";
import { getLabels } from "../../../i18n/labels";
import { getPathname } from "../../../i18n/navigation";
import type { Locale } from "../../../i18n/routing";
import {
  isFiltered,
  pageLinks,
  parseEventFilters,
  parsePosition,
  positionParams,
  yearsBetween,
  type EventFilters,
  type PagePosition,
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
  const position: PagePosition = parsePosition(query);

  const [t, labels, page, first, last, topics, places, actors] = await Promise.all([
    getTranslations(),
    getLabels(),
    orNotFound(listEvents({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
    listEvents({ order: "asc", limit: 1 }),
    listEvents({ order: "desc", limit: 1 }),
    listTopics(),
    listPlaces(),
    listActors({ limit: 100 }),
  ]);

  const path = getPathname({ locale, href: "/events" });
  const filtered = isFiltered(filters);
  const links = pageLinks(position, page.nextCursor, PAGE_SIZE);
  const pageHref = (p: PagePosition | null) =>
    p ? hrefWith(path, { ...filterParams(filters), ...positionParams(p) }) : null;
  const firstYear = Number(first.items[0]?.startDate.slice(0, 4));
  const lastYear = Number(last.items[0]?.startDate.slice(0, 4));
  const years = first.items.length && last.items.length ? yearsBetween(firstYear, lastYear) : [];

  return (
    <Container>
      <PageHeading title={t("events.title")} lead={t("events.lead")} />
      <FilterBar
        action={path}
        label={t("events.filterLabel")}
        submitLabel={t("filters.apply")}
        reset={filtered ? { href: path, label: t("filters.reset") } : undefined}
      >
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
      </FilterBar>

      <p className="mt-6 mb-2 text-sm font-medium text-slate-700" id="event-count">
        {filtered
          ? t("events.countFiltered", { count: page.total })
          : t("events.count", { count: page.total })}
      </p>

      {page.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6">
          <p className="font-medium text-slate-900">{t("events.empty")}</p>
          <p className="mt-1 text-slate-600">{t("events.emptyHint")}</p>
        </div>
      ) : (
        <EventTimeline events={page.items} level={2} />
      )}

      <Pagination
        previousHref={pageHref(links.previous)}
        nextHref={pageHref(links.next)}
        status={
          page.items.length && (links.previous || links.next)
            ? t("pagination.status", {
                from: links.from,
                to: links.from + page.items.length - 1,
                total: page.total,
              })
            : undefined
        }
        labels={labels.pagination}
      />
    </Container>
  );
}
