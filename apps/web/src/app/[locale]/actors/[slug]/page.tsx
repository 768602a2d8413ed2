import { Badge, Container, hrefWith } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Breadcrumbs } from "../../../../components/breadcrumbs";
import { EventTimeline } from "../../../../components/event-timeline";
import { JsonLd } from "../../../../components/json-ld";
import { Link } from "../../../../i18n/navigation";
import { CONTENT_LOCALE, type Locale } from "../../../../i18n/routing";
import { actorBySlug } from "../../../../server/cached";
import { absoluteUrl, pageMetadata } from "../../../../server/page-metadata";

const SCHEMA_TYPES = {
  person: "Person",
  organization: "Organization",
  government_body: "GovernmentOrganization",
} as const;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/actors/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [t, actor] = await Promise.all([getTranslations({ locale }), actorBySlug(slug)]);
  if (!actor) notFound();
  return pageMetadata({
    locale,
    href: `/actors/${actor.slug}`,
    title: actor.name,
    description: actor.description || undefined,
    siteName: t("meta.siteName"),
  });
}

export default async function ActorPage({ params }: PageProps<"/[locale]/actors/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const [t, actor] = await Promise.all([getTranslations(), actorBySlug(slug)]);
  if (!actor) notFound();
  const contentLang = locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;

  return (
    <Container>
      <Breadcrumbs
        trail={[{ href: "/actors", label: t("actors.title") }]}
        current={actor.name}
        currentLang={contentLang}
      />
      <header className="mb-8">
        <h1
          lang={contentLang}
          className="text-brand-900 font-serif text-3xl font-semibold tracking-tight sm:text-4xl"
        >
          {actor.name}
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-slate-600">
          <Badge>{t(`actors.kinds.${actor.kind}`)}</Badge>
          {actor.otherNames.length ? (
            <span>
              {t("actors.otherNames")}:{" "}
              <span lang={contentLang}>{actor.otherNames.join(", ")}</span>
            </span>
          ) : null}
        </p>
        {actor.description ? (
          <p lang={contentLang} className="mt-4 max-w-3xl text-lg text-slate-700">
            {actor.description}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="actor-events">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="actor-events" className="text-brand-900 font-serif text-2xl font-semibold">
            {t("actor.events")}
          </h2>
          {actor.events.length ? (
            <Link href={hrefWith("/events", { actor: actor.slug })}>{t("actor.filterEvents")}</Link>
          ) : null}
        </div>
        {actor.events.length ? (
          <div className="mt-4">
            <EventTimeline
              events={actor.events}
              level={3}
              note={(e) =>
                e.role ? (
                  <p>
                    {t("actor.roleLabel")}: <span lang={contentLang}>{e.roles.join("; ")}</span>
                  </p>
                ) : null
              }
            />
          </div>
        ) : (
          <p className="mt-2 text-slate-600">{t("actor.noEvents")}</p>
        )}
      </section>

      <JsonLd
        data={{
          "@type": SCHEMA_TYPES[actor.kind],
          name: actor.name,
          alternateName: actor.otherNames.length ? actor.otherNames : undefined,
          description: actor.description || undefined,
          url: absoluteUrl(locale, `/actors/${actor.slug}`),
        }}
      />
    </Container>
  );
}
