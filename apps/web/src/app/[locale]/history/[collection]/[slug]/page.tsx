import { Container, formatEventDate } from "@kz/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TRPCError } from "@trpc/server";

import { Breadcrumbs } from "../../../../../components/breadcrumbs";
import { getLabels } from "../../../../../i18n/labels";
import { Link } from "../../../../../i18n/navigation";
import { contentLangFor, type Locale } from "../../../../../i18n/routing";
import { api } from "../../../../../server/caller";
import { pageMetadata } from "../../../../../server/page-metadata";

type Params = { locale: Locale; collection: string; slug: string };

/**
 * The public history of any record with a page (the collections the API's `revision.public`
 * accepts, from the registry): published versions with their dates and change notes, newest
 * first. Read per request: a history changes only on publishing, and it is two small queries.
 */
async function historyOf(collection: string, slug: string) {
  await connection();
  try {
    return await api().revision.public({ collection, slug });
  } catch (error) {
    // An unknown collection or malformed slug is refused by the input schema: not found too.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/history/[collection]/[slug]">): Promise<Metadata> {
  const { locale, collection, slug } = (await params) as Params;
  const [t, history] = await Promise.all([
    getTranslations({ locale }),
    historyOf(collection, slug),
  ]);
  if (!history) notFound();
  return pageMetadata({
    locale,
    href: `/history/${collection}/${slug}`,
    title: t("history.metaTitle", { title: history.title }),
    description: t("history.intro"),
    siteName: t("meta.siteName"),
  });
}

export default async function HistoryPage({
  params,
}: PageProps<"/[locale]/history/[collection]/[slug]">) {
  const { locale, collection, slug } = (await params) as Params;
  setRequestLocale(locale);
  const [t, labels, history] = await Promise.all([
    getTranslations("history"),
    getLabels(),
    historyOf(collection, slug),
  ]);
  if (!history) notFound();
  const contentLang = contentLangFor(locale);
  const recordPath = `/${collection}/${slug}`;

  return (
    <Container>
      <Breadcrumbs trail={[{ href: recordPath, label: history.title }]} current={t("crumb")} />
      <h1 className="text-brand-900 font-serif text-3xl font-semibold tracking-tight">
        {t.rich("title", {
          title: history.title,
          record: (chunks) => (
            <Link href={recordPath} lang={contentLang}>
              {chunks}
            </Link>
          ),
        })}
      </h1>
      <p className="mt-3 max-w-3xl text-slate-600">{t("intro")}</p>
      <ol className="mt-8 space-y-4" aria-label={t("versions")}>
        {history.versions.map((v) => (
          <li key={v.version} className="rounded-md border border-slate-200 p-4">
            <p className="font-medium">
              {v.first ? t("firstPublished") : t("updated")}{" "}
              <time dateTime={v.publishedAt}>
                {formatEventDate(v.publishedAt.slice(0, 10), null, "day", labels.dates)}
              </time>
              <span className="text-slate-500"> · {t("version", { n: v.version })}</span>
            </p>
            {v.note ? (
              <p lang={contentLang} className="mt-1 text-slate-700" data-testid="change-note">
                {v.note}
              </p>
            ) : (
              <p className="mt-1 text-slate-500">{t("noNote")}</p>
            )}
          </li>
        ))}
      </ol>
    </Container>
  );
}
