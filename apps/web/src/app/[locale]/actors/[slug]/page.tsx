import { Badge, Container } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { RecordBreadcrumbs } from "../../../../components/breadcrumbs";
import { RecordCases } from "../../../../components/case-list";
import { CiteRecordPage } from "../../../../components/cite-this";
import { EventTimeline } from "../../../../components/event-timeline";
import { JsonLd } from "../../../../components/json-ld";
import { RecordEvents } from "../../../../components/record-events";
import { RecordTitle } from "../../../../components/record-title";
import { contentLangFor } from "../../../../i18n/routing";
import { fieldLang } from "../../../../lib/translated";
import { ACTOR_SCHEMA_TYPES } from "../../../../lib/json-ld";
import { listReader, recordReader } from "../../../../server/cached";
import { recordMetadata } from "../../../../server/localised-metadata";
import { readRecordRequest } from "../../../../server/record-request";
import { absoluteUrl } from "../../../../server/page-metadata";

export const generateMetadata = recordMetadata(recordReader("actor"), (actor) => ({
  href: `/actors/${actor.slug}`,
  title: actor.name,
  description: actor.description || undefined,
}));

export default async function ActorPage(props: PageProps<"/[locale]/actors/[slug]">) {
  const { locale, record: actor } = await readRecordRequest(props, recordReader("actor"));
  // Cached under the cases' tags: a case published or corrected shows here at once.
  const [t, cases] = await Promise.all([
    getTranslations(),
    listReader("case")({ actor: actor.slug, locale }),
  ]);
  const contentLang = contentLangFor(locale);

  return (
    <Container>
      <RecordBreadcrumbs
        section={{ href: "/actors", label: t("actors.title") }}
        name={actor.name}
      />
      <header className="mb-8">
        <RecordTitle lang={contentLang}>{actor.name}</RecordTitle>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-slate-600">
          <Badge>{t(`actors.kinds.${actor.kind}`)}</Badge>
          {actor.nameWithheld ? <Badge tone="warning">{t("actors.nameWithheld")}</Badge> : null}
          {actor.otherNames.length ? (
            <span>
              {t("actors.otherNames")}:{" "}
              <span lang={contentLang}>{actor.otherNames.join(", ")}</span>
            </span>
          ) : null}
        </p>
        {actor.nameWithheld ? (
          <p className="mt-4 max-w-3xl text-slate-700">{t("actor.withheldNote")}</p>
        ) : null}
        {actor.description ? (
          <p
            lang={fieldLang(locale, actor, "description")}
            className="mt-4 max-w-3xl text-lg text-slate-700"
          >
            {actor.description}
          </p>
        ) : null}
      </header>

      <RecordEvents noun="actor" record={actor}>
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
      </RecordEvents>

      <RecordCases id="actor-cases" title={t("actor.cases")} cases={cases.items} />

      <JsonLd
        data={{
          "@type": ACTOR_SCHEMA_TYPES[actor.kind],
          name: actor.name,
          alternateName: actor.otherNames.length ? actor.otherNames : undefined,
          description: actor.description || undefined,
          url: absoluteUrl(locale, `/actors/${actor.slug}`),
        }}
      />
      <CiteRecordPage locale={locale} path={`/actors/${actor.slug}`} title={actor.name} />
    </Container>
  );
}
