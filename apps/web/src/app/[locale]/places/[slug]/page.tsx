import { Container } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { CiteRecordPage } from "../../../../components/cite-this";
import { EventTimeline } from "../../../../components/event-timeline";
import { JsonLd } from "../../../../components/json-ld";
import { RecordEvents } from "../../../../components/record-events";
import { RecordTitle } from "../../../../components/record-title";
import { contentLangFor } from "../../../../i18n/routing";
import { fieldLang } from "../../../../lib/translated";
import { recordReader } from "../../../../server/cached";
import { recordMetadata } from "../../../../server/localised-metadata";
import { readRecordRequest } from "../../../../server/record-request";
import { absoluteUrl } from "../../../../server/page-metadata";

export const generateMetadata = recordMetadata(recordReader("place"), (place, t) => ({
  href: `/places/${place.slug}`,
  title: place.name,
  description: t("places.eventCount", { count: place.eventCount }),
}));

export default async function PlacePage(props: PageProps<"/[locale]/places/[slug]">) {
  const { locale, record: place } = await readRecordRequest(props, recordReader("place"));
  const t = await getTranslations();
  const contentLang = contentLangFor(locale);

  return (
    <Container>
      <RecordBreadcrumbs section={{ href: "/places", label: t("nav.places") }} name={place.name} />
      <header className="mb-8">
        <RecordTitle lang={fieldLang(locale, place, "name")}>{place.name}</RecordTitle>
        <p className="mt-2 text-slate-600">
          {place.region ? (
            <span lang={fieldLang(locale, place, "region")}>{place.region}</span>
          ) : null}
          {place.region && place.otherNames.length ? " · " : null}
          {place.otherNames.length ? (
            <>
              {t("place.otherNames")}: <span lang={contentLang}>{place.otherNames.join(", ")}</span>
            </>
          ) : null}
        </p>
      </header>

      <RecordEvents noun="place" record={place}>
        <EventTimeline events={place.events} level={3} />
      </RecordEvents>

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
      <CiteRecordPage locale={locale} path={`/places/${place.slug}`} title={place.name} />
    </Container>
  );
}
