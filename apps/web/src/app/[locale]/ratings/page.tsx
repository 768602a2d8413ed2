import { Container, PageHeading } from "@kz/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { Breadcrumbs } from "../../../components/breadcrumbs";
import { RatingsDownloadNote } from "../../../components/ratings-download-note";
import { Link } from "../../../i18n/navigation";
import { contentLangFor, type Locale } from "../../../i18n/routing";
import { fieldLang } from "../../../lib/translated";
import { listRatingSeries } from "../../../server/cached";
import { messagesMetadata } from "../../../server/localised-metadata";

export const generateMetadata = messagesMetadata((t) => ({
  href: "/ratings",
  title: t("ratings.title"),
  description: t("ratings.lead"),
}));

/** Every rating series with the years it covers: a way into each series' table. */
export default async function RatingsPage({ params }: PageProps<"/[locale]/ratings">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, series] = await Promise.all([getTranslations("ratings"), listRatingSeries(locale)]);
  const contentLang = contentLangFor(locale);

  return (
    <Container>
      <Breadcrumbs trail={[]} current={t("title")} />
      <PageHeading title={t("title")} lead={t("lead")} />
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
