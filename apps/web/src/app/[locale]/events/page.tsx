import { SelectFilter, TextFilter } from "@kz/ui";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { EventTimeline } from "../../../components/event-timeline";
import {
  apiFilters,
  canonicalQuery,
  filterParams,
  givenQuery,
  parseFacetFilters,
  reversedRange,
  type FacetName,
} from "../../../components/explore/event-filters";
import { DownloadLinks } from "../../../components/explore/download-links";
import {
  FacetGroup,
  facetOptions,
  topOptions,
  type FacetOption,
} from "../../../components/explore/facet-group";
import { TimelineSection } from "../../../components/explore/timeline-section";
import { ListPage } from "../../../components/list-page";
import { getPathname } from "../../../i18n/navigation";
import { positionParams } from "../../../lib/params";
import { fieldLang } from "../../../lib/translated";
import { eventFacets, listReader } from "../../../server/cached";
import { orNotFound } from "../../../server/bad-input";
import { readListRequest } from "../../../server/list-request";
import { messagesMetadata } from "../../../server/localised-metadata";

const PAGE_SIZE = 20;

export const generateMetadata = messagesMetadata((t) => ({
  href: "/events",
  title: t("events.title"),
  description: t("events.metaDescription"),
}));

export default async function EventsPage(props: PageProps<"/[locale]/events">) {
  const { locale, filters, position } = await readListRequest(props, parseFacetFilters);
  const path = getPathname({ locale, href: "/events" });
  // One address per view: a submitted form (empty fields, any order) lands on the canonical one.
  const canonical = canonicalQuery(filters, positionParams(position));
  if (givenQuery(await props.searchParams) !== canonical)
    redirect(canonical ? `${path}?${canonical}` : path);

  const query = apiFilters(filters);
  const [t, tx, page, facets] = await Promise.all([
    getTranslations(),
    getTranslations("explore"),
    orNotFound(
      listReader("event")({
        ...query,
        order: filters.order,
        limit: PAGE_SIZE,
        cursor: position.cursor,
        locale,
      }),
    ),
    eventFacets({ ...query, locale }),
  ]);
  // Topics and places come in the page's language where translated; actors keep their names.
  const nameLang = (v: { slug: string } & Parameters<typeof fieldLang>[1]) =>
    fieldLang(locale, v, "name");
  const chosen = (n: number) => (n ? tx("chosen", { count: n }) : undefined);
  const groups = [
    { name: "topic", legend: t("filters.topic"), values: facets.topics, lang: nameLang },
    { name: "place", legend: t("filters.place"), values: facets.places, lang: nameLang },
    { name: "actor", legend: t("filters.actor"), values: facets.actors, lang: nameLang },
    {
      name: "year",
      legend: t("filters.year"),
      values: [...facets.years]
        .reverse()
        .map((y) => ({ slug: String(y.year), name: String(y.year), count: y.count })),
      lang: undefined,
    },
  ] as const;
  // A long facet shows its top values and a link to all of them (`more=actor`). Years stay whole:
  // the timeline beside them shows every year anyway.
  const shown = (name: FacetName, all: FacetOption[]) => {
    const cut = name !== "year" && filters.more !== name ? name : undefined;
    const options = cut ? topOptions(all) : all;
    const more = cut && options.length < all.length ? { ...filters, more: cut } : undefined;
    return {
      options,
      showAll: more && {
        label: tx("showAll", { count: all.length }),
        href: `${path}?${canonicalQuery(more)}`,
      },
    };
  };
  const downloadHref = (format: "csv" | "json") =>
    `${path}/download?${new URLSearchParams([["format", format], ...new URLSearchParams(canonicalQuery({ ...filters, more: undefined }))])}`;

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
          {groups.map((g) => (
            <FacetGroup
              key={g.name}
              name={g.name}
              legend={g.legend}
              chosenLabel={chosen(filters[g.name].length)}
              {...shown(g.name, facetOptions(g.values, filters[g.name].map(String), g.lang))}
            />
          ))}
          <TextFilter name="from" type="date" label={t("filters.from")} value={filters.from} />
          <TextFilter name="to" type="date" label={t("filters.to")} value={filters.to} />
          <SelectFilter
            name="order"
            label={t("filters.order")}
            emptyLabel={t("filters.newestFirst")}
            options={[{ value: "asc", label: t("filters.oldestFirst") }]}
            value={filters.order === "asc" ? "asc" : undefined}
          />
          {reversedRange(filters) ? (
            <p role="alert" className="basis-full text-sm font-medium text-red-800">
              {tx("reversedRange")}
            </p>
          ) : null}
        </>
      }
    >
      <DownloadLinks href={downloadHref} />
      <TimelineSection locale={locale} filters={filters} />
      <EventTimeline events={page.items} level={2} />
    </ListPage>
  );
}
