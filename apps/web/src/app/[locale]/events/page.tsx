import { SelectFilter } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { EventTimeline } from "../../../components/event-timeline";
import { ListPage } from "../../../components/list-page";
import { parseEventFilters, yearsBetween, type EventFilters } from "../../../lib/params";
import { listReader } from "../../../server/cached";
import { orNotFound } from "../../../server/bad-input";
import { readListRequest } from "../../../server/list-request";
import { messagesMetadata } from "../../../server/localised-metadata";

const PAGE_SIZE = 20;

export const generateMetadata = messagesMetadata((t) => ({
  href: "/events",
  title: t("events.title"),
  description: t("events.metaDescription"),
}));

/** The filters as they appear in links: the default order is left out. */
function filterParams(f: EventFilters) {
  return { ...f, order: f.order === "desc" ? undefined : f.order };
}

export default async function EventsPage(props: PageProps<"/[locale]/events">) {
  const { locale, filters, position } = await readListRequest(props, parseEventFilters);

  const [t, page, first, last, topics, places, actors] = await Promise.all([
    getTranslations(),
    orNotFound(listReader("event")({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
    listReader("event")({ order: "asc", limit: 1 }),
    listReader("event")({ order: "desc", limit: 1 }),
    listReader("topic")(),
    listReader("place")(),
    listReader("actor")({ limit: 100 }),
  ]);

  const firstYear = Number(first.items[0]?.startDate.slice(0, 4));
  const lastYear = Number(last.items[0]?.startDate.slice(0, 4));
  const years = first.items.length && last.items.length ? yearsBetween(firstYear, lastYear) : [];
  // Filters by a linked record: its slug in the URL, its name in the list.
  const recordFilters = [
    { name: "topic", label: t("filters.topic"), all: t("filters.allTopics"), records: topics },
    { name: "place", label: t("filters.place"), all: t("filters.allPlaces"), records: places },
    {
      name: "actor",
      label: t("filters.actor"),
      all: t("filters.allActors"),
      records: actors.items,
    },
  ] as const;

  return (
    <ListPage
      section="events"
      locale={locale}
      params={filterParams(filters)}
      countId="event-count"
      emptyHint={t("events.emptyHint")}
      page={page}
      position={position}
      pageSize={PAGE_SIZE}
      filters={
        <>
          <SelectFilter
            name="year"
            label={t("filters.year")}
            emptyLabel={t("filters.allYears")}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={filters.year?.toString()}
          />
          {recordFilters.map((f) => (
            <SelectFilter
              key={f.name}
              name={f.name}
              label={f.label}
              emptyLabel={f.all}
              options={f.records.map((x) => ({ value: x.slug, label: x.name }))}
              value={filters[f.name]}
            />
          ))}
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
    </ListPage>
  );
}
