import { Container, hrefWith } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Breadcrumbs } from "../../../../components/breadcrumbs";
import { EventTimeline } from "../../../../components/event-timeline";
import { JsonLd } from "../../../../components/json-ld";
import { Link } from "../../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../../i18n/routing";
import { placeBySlug } from "../../../../server/cached";
import { absoluteUrl, pageMetadata } from "../../../../server/page-metadata";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/places/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [t, place] = await Promise.all([getTranslations({ locale }), placeBySlug(slug)]);
  if (!place) notFound();
  return pageMetadata({
    locale,
    href: `/places/${place.slug}`,
    title: place.name,
    description: t("places.eventCount", { count: place.eventCount }),
    siteName: t("meta.siteName"),
  });
}

export default async function PlacePage({ params }: PageProps<"/[locale]/places/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const [t, place] = await Promise.all([getTranslations(), placeBySlug(slug)]);
  if (!place) notFound();
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;

  return (
    <Container>
      <Breadcrumbs
        trail={[{ href: "/places", label: t("nav.places") }]}
        current={place.name}
        currentLang={contentLang}
      />
      <header className="mb-8">
        <h1
          lang={contentLang}
          className="text-brand-900 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
        >
          {place.name}
        </h1>
        <p className="mt-2 text-slate-600">
          {place.region ? <span lang={contentLang}>{place.region}</span> : null}
          {place.region && place.otherNames.length ? " · " : null}
          {place.otherNames.length ? (
            <>
              {t("place.otherNames")}: <span lang={contentLang}>{place.otherNames.join(", ")}</span>
            </>
          ) : null}
        </p>
      </header>

      <section aria-labelledby="place-events">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="place-events" className="text-brand-900 font-serif text-2xl font-semibold">
            {t("place.events")}
          </h2>
          {place.events.length ? (
            <Link href={hrefWith("/events", { place: place.slug })}>{t("place.filterEvents")}</Link>
          ) : null}
        </div>
        {place.events.length ? (
          <div className="mt-4">
            <EventTimeline events={place.events} level={3} />
          </div>
        ) : (
          <p className="mt-2 text-slate-600">{t("place.noEvents")}</p>
        )}
      </section>

      <JsonLd
        data={{
          "@type": "Place",
          name: place.name,
          alternateName: place.otherNames.length ? place.otherNames : undefined,
          url: absoluteUrl(locale, `/places/${place.slug}`),
          geo:
            place.lat !== null && place.lng !== null
              ? { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lng }
              : undefined,
        }}
      />
    </Container>
  );
}
