import { Container, KazakhstanMap, PageHeading } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { Section } from "../../../components/section";
import { getLabels } from "../../../i18n/labels";
import { getPathname, Link } from "../../../i18n/navigation";
import { fieldLang } from "../../../lib/translated";
import { COUNTRY_PLACE, mappablePlaces } from "../../../lib/group";
import { eventFacets, listReader } from "../../../server/cached";
import { sectionMetadata } from "../../../server/localised-metadata";
import { readPageLocale } from "../../../server/page-locale";

export const generateMetadata = sectionMetadata("places");

export default async function PlacesPage({ params }: PageProps<"/[locale]/places">) {
  const locale = await readPageLocale(params);
  const [t, labels, allPlaces, facets] = await Promise.all([
    getTranslations("places"),
    getLabels(),
    listReader("place")({ locale }),
    eventFacets({}),
  ]);
  // Published events per place, counted as /events counts them; a place without any is left out.
  const counts = new Map(facets.places.map((p) => [p.slug, p.count]));
  const places = allPlaces.flatMap((p) => {
    const eventCount = counts.get(p.slug);
    return eventCount ? [{ ...p, eventCount }] : [];
  });
  const eventsHref = (slug: string) =>
    `${getPathname({ locale, href: "/events" })}?${new URLSearchParams({ place: slug })}`;
  const country = places.find((p) => p.slug === COUNTRY_PLACE);
  const markers = mappablePlaces(places).map((p) => ({
    slug: p.slug,
    // The count is part of the label: the map shows it, not only the marker's size.
    name: `${p.name} ${p.eventCount}`,
    latitude: p.lat,
    longitude: p.lng,
    eventCount: p.eventCount,
    href: eventsHref(p.slug),
  }));

  const names = new Map(places.map((p) => [p.slug, p.name]));
  // A marker's accessible name says its count once: "Almaty: 12 events".
  const mapLabels = {
    ...labels.map,
    marker: (m: (typeof markers)[number]) =>
      labels.map.marker({ ...m, name: names.get(m.slug) ?? m.name }),
  };

  return (
    <Container>
      <PageHeading title={t("title")} lead={t("lead")} />
      {places.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <figure className="overflow-hidden rounded-lg border border-slate-200" data-testid="map">
            <KazakhstanMap places={markers} labels={mapLabels} />
            {country ? (
              <figcaption className="border-t border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-600">
                {t("mapNote", { name: country.name })}
              </figcaption>
            ) : null}
          </figure>

          <Section id="all-places" title={t("list")} className="mt-10">
            <ul className="mt-3 grid gap-x-8 sm:grid-cols-2" data-testid="place-list">
              {places.map((place) => (
                <li
                  key={place.slug}
                  className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-200 py-2.5"
                >
                  <span className="min-w-0" lang={fieldLang(locale, place, "name")}>
                    <Link href={`/places/${place.slug}`} className="font-semibold">
                      {place.name}
                    </Link>
                    {place.region ? (
                      <span
                        className="text-sm text-slate-600"
                        lang={fieldLang(locale, place, "region")}
                      >
                        , {place.region}
                      </span>
                    ) : null}
                    {place.otherNames.length ? (
                      <span className="block text-sm text-slate-600">
                        ({place.otherNames.join(", ")})
                      </span>
                    ) : null}
                  </span>
                  <a
                    href={eventsHref(place.slug)}
                    className="text-sm"
                    data-count={place.eventCount}
                  >
                    {t("eventCount", { count: place.eventCount })}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </Container>
  );
}
