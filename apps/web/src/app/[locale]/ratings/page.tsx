import { Container } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { SectionPageHeading } from "../../../components/breadcrumbs";
import { RatingsDownloadNote } from "../../../components/ratings-download-note";
import { Link } from "../../../i18n/navigation";
import { contentLangFor } from "../../../i18n/routing";
import { fieldLang } from "../../../lib/translated";
import { listRatingSeries } from "../../../server/cached";
import { sectionMetadata } from "../../../server/localised-metadata";
import { readPageLocale } from "../../../server/page-locale";

export const generateMetadata = sectionMetadata("ratings", "lead");

/** Every rating series with the years it covers: a way into each series' table. */
export default async function RatingsPage({ params }: PageProps<"/[locale]/ratings">) {
  const locale = await readPageLocale(params);
  const [t, series] = await Promise.all([getTranslations("ratings"), listRatingSeries(locale)]);
  const contentLang = contentLangFor(locale);

  return (
    <Container>
      <SectionPageHeading title={t("title")} lead={t("lead")} />
      <ul className="space-y-6">
        {series.map((s) => (
          <li key={s.slug} className="rounded-lg border border-slate-200 p-5">
            <h2
              className="text-brand-900 font-serif text-2xl font-semibold"
              lang={fieldLang(locale, s, "name")}
            >
              <Link href={`/ratings/${s.slug}`}>{s.name}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              <span lang={contentLang}>{s.publisher}</span>
              {" · "}
              {s.years ? t("yearsCovered", { from: s.years[0], to: s.years[1] }) : t("noRatings")}
            </p>
            <p className="mt-3 text-slate-800" lang={fieldLang(locale, s, "description")}>
              {s.description}
            </p>
          </li>
        ))}
      </ul>
      <RatingsDownloadNote />
    </Container>
  );
}
