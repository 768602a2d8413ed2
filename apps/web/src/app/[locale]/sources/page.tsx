import { sourceKindOutput } from "@kz/api";
import { Badge, formatEventDate } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { KindFilter } from "../../../components/kind-filter";
import { ListPage } from "../../../components/list-page";
import { getLabels } from "../../../i18n/labels";
import { Link } from "../../../i18n/navigation";
import { contentLangFor } from "../../../i18n/routing";
import { parseKindFilters } from "../../../lib/params";
import { orNotFound } from "../../../server/bad-input";
import { listReader } from "../../../server/cached";
import { readListRequest } from "../../../server/list-request";
import { messagesMetadata } from "../../../server/localised-metadata";

const PAGE_SIZE = 25;
const KINDS = sourceKindOutput.options;

export const generateMetadata = messagesMetadata((t) => ({
  href: "/sources",
  title: t("sources.title"),
  description: t("sources.metaDescription"),
}));

export default async function SourcesPage(props: PageProps<"/[locale]/sources">) {
  const { locale, filters, position } = await readListRequest(props, (query) =>
    parseKindFilters(query, KINDS),
  );
  const [t, labels, page] = await Promise.all([
    getTranslations(),
    getLabels(),
    orNotFound(listReader("source")({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
  ]);
  const contentLang = contentLangFor(locale);

  return (
    <ListPage
      section="sources"
      locale={locale}
      params={filters}
      page={page}
      position={position}
      pageSize={PAGE_SIZE}
      filters={
        <KindFilter
          section="sources"
          options={KINDS.map((k) => ({ value: k, label: t(`sources.kinds.${k}`) }))}
          value={filters.kind}
        />
      }
    >
      <ul className="divide-y divide-slate-200 border-y border-slate-200">
        {page.items.map((source) => (
          <li key={source.id} className="py-4">
            <p lang={contentLang}>
              <Link href={`/sources/${source.slug}`} className="font-serif text-lg font-semibold">
                {source.title}
              </Link>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
              <span lang={contentLang}>{source.publisher}</span>
              <Badge>{t(`sources.kinds.${source.kind}`)}</Badge>
              {source.publishedDate ? (
                <time dateTime={source.publishedDate}>
                  {formatEventDate(source.publishedDate, null, "day", labels.dates)}
                </time>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
