import { Container, formatEventDate } from "@kz/ui";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";

import { SectionPageHeading } from "../../../components/breadcrumbs";
import { richLink } from "../../../components/rich-link";
import { CiteBox } from "../../../components/cite-this";
import { Section } from "../../../components/section";
import { env } from "../../../env";
import { getLabels } from "../../../i18n/labels";
import { absoluteUrl } from "../../../lib/absolute-url";
import {
  caseColumns,
  caseEntryColumns,
  ratingColumns,
  sourceColumns,
} from "../../../lib/data-export";
import { sectionMetadata } from "../../../server/localised-metadata";
import { readPageLocale } from "../../../server/page-locale";
import {
  eventActorColumns,
  eventCitationColumns,
  eventPlaceColumns,
  eventTableColumns,
  eventTopicColumns,
} from "../../../server/tidy-tables";

type FileKey =
  | "eventsCsv"
  | "eventsJson"
  | "eventActorsCsv"
  | "eventCitationsCsv"
  | "eventTopicsCsv"
  | "eventPlacesCsv"
  | "casesCsv"
  | "casesJson"
  | "caseEntriesCsv"
  | "caseEntriesJson"
  | "ratingsCsv"
  | "ratingsJson"
  | "sourcesCsv"
  | "dataPackage"
  | "dataZip";

/** The downloads, with the columns each CSV has (from the same definitions that write them). */
const FILES: { key: FileKey; path: string; columns?: readonly { header: string }[] }[] = [
  { key: "eventsCsv", path: "/data/events.csv", columns: eventTableColumns },
  { key: "eventsJson", path: "/data/events.json" },
  { key: "eventActorsCsv", path: "/data/event_actors.csv", columns: eventActorColumns },
  { key: "eventCitationsCsv", path: "/data/event_citations.csv", columns: eventCitationColumns },
  { key: "eventTopicsCsv", path: "/data/event_topics.csv", columns: eventTopicColumns },
  { key: "eventPlacesCsv", path: "/data/event_places.csv", columns: eventPlaceColumns },
  { key: "casesCsv", path: "/data/cases.csv", columns: caseColumns },
  { key: "casesJson", path: "/data/cases.json" },
  { key: "caseEntriesCsv", path: "/data/case-entries.csv", columns: caseEntryColumns },
  { key: "caseEntriesJson", path: "/data/case-entries.json" },
  { key: "ratingsCsv", path: "/data/ratings.csv", columns: ratingColumns },
  { key: "ratingsJson", path: "/data/ratings.json" },
  { key: "sourcesCsv", path: "/data/sources.csv", columns: sourceColumns },
  { key: "dataPackage", path: "/data/datapackage.json" },
  { key: "dataZip", path: "/data/kz-rights-data.zip" },
];

export const generateMetadata = sectionMetadata("data", "lead");

export default async function DataPage({ params }: PageProps<"/[locale]/data">) {
  await readPageLocale(params);
  // The citation's access date is today's: rendered per request, not at build time.
  await connection();
  const [t, tMeta, labels] = await Promise.all([
    getTranslations("data"),
    getTranslations("meta"),
    getLabels(),
  ]);
  const site = env.PUBLIC_SITE_URL;
  // In the site's own date style ("7 December 2026"), like every other date on it.
  const accessed = formatEventDate(
    new Date().toISOString().slice(0, 10),
    null,
    "day",
    labels.dates,
  );
  const year = new Date().getUTCFullYear();

  return (
    <Container>
      <SectionPageHeading title={t("title")} lead={t("lead")} />

      <Section id="downloads" title={t("downloadsTitle")}>
        <ul className="mt-4 space-y-4">
          {FILES.map((file) => (
            <li key={file.key} className="rounded-lg border border-slate-200 p-4">
              <h3 className="text-lg font-semibold">
                {/* Files, not pages: a plain link, the same address in every language. */}
                <a href={file.path} download>
                  {file.path.slice("/data/".length)}
                </a>{" "}
                <span className="text-sm font-normal text-slate-600">
                  {t(`files.${file.key}.format`)}
                </span>
              </h3>
              <p className="mt-1 text-slate-700">{t(`files.${file.key}.description`)}</p>
              {file.columns ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t("columns")}{" "}
                  {file.columns.map((c, i) => (
                    <span key={c.header}>
                      {i > 0 ? ", " : null}
                      <code className="rounded bg-slate-100 px-1">{c.header}</code>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="format" title={t("formatTitle")} className="mt-10">
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700">
          <li>{t("formatUrl")}</li>
          <li>{t("formatCsv")}</li>
          <li>{t.rich("formatBom", { code: (chunks) => <code>{chunks}</code> })}</li>
          <li>{t.rich("formatFormulas", { code: (chunks) => <code>{chunks}</code> })}</li>
          <li>{t.rich("formatJson", { code: (chunks) => <code>{chunks}</code> })}</li>
          <li>{t("formatCases")}</li>
          <li>{t("formatFresh")}</li>
          <li>{t("formatLanguages")}</li>
        </ul>
      </Section>

      <CiteBox
        id="cite-dataset"
        title={t("citeTitle")}
        className="mt-10"
        citation={t("citeText", {
          site: tMeta("siteName"),
          year,
          dataset: t("datasetName"),
          url: absoluteUrl(site, "/data"),
          date: accessed,
        })}
        note={t("citeNote")}
      />

      <Section id="api" title={t("apiTitle")} className="mt-10">
        <p className="mt-2 text-slate-700">{t.rich("apiText", { api: richLink("/api") })}</p>
      </Section>
    </Container>
  );
}
