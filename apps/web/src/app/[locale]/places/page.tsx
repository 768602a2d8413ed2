import { Container, KazakhstanMap, PageHeading } from "@kz/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Section } from "../../../components/section";
import { getLabels } from "../../../i18n/labels";
import { getPathname, Link } from "../../../i18n/navigation";
import { contentLangFor, type Locale } from "../../../i18n/routing";
import { COUNTRY_PLACE, mappablePlaces } from "../../../lib/group";
import { listReader } from "../../../server/cached";
import { messagesMetadata } from "../../../server/localised-metadata";

export const generateMetadata = messagesMetadata((t) => ({
  href: "/places",
  title: t("places.title"),
  description: t("places.metaDescription"),
}));

export default async function PlacesPage({ params }: PageProps<"/[locale]/places">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, labels, places] = await Promise.all([
    getTranslations("places"),
    getLabels(),
    listReader("place")(),
  ]);
  const contentLang = contentLangFor(locale);
  const country = places.find((p) => p.slug === COUNTRY_PLACE);
  const markers = mappablePlaces(places).map((p) => ({
    slug: p.slug,
    name: p.name,
    latitude: p.lat,
    longitude: p.lng,
    eventCount: p.eventCount,
    href: getPathname({ locale, href: `/places/${p.slug}` }),
  }));

  return (
    <Container>
      <PageHeading title={t("title")} lead={t("lead")} />
      {places.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <figure className="overflow-hidden rounded-lg border border-slate-200">
            <KazakhstanMap places={markers} labels={labels.map} />
            {country ? (
              <figcaption className="border-t border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-600">
                {t("mapNote", { name: country.name })}
              </figcaption>
            ) : null}
          </figure>

          <Section id="all-places" title={t("list")} className="mt-10">
            <ul className="mt-3 grid gap-x-8 sm:grid-cols-2">
              {places.map((place) => (
                <li
                  key={place.slug}
                  className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-200 py-2.5"
                >
                  <span className="min-w-0" lang={contentLang}>
                    <Link href={`/places/${place.slug}`} className="font-semibold">
                      {place.name}
                    </Link>
                    {place.region ? (
                      <span className="text-sm text-slate-600">, {place.region}</span>
                    ) : null}
                    {place.otherNames.length ? (
                      <span className="block text-sm text-slate-600">
                        ({place.otherNames.join(", ")})
                      </span>
                    ) : null}
                  </span>
                  <span className="text-sm text-slate-600">
                    {t("eventCount", { count: place.eventCount })}
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </Container>
  );
}
