import { actorKindOutput } from "@kz/api";
import { Badge } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { KindFilter } from "../../../components/kind-filter";
import { ListPage } from "../../../components/list-page";
import { Link } from "../../../i18n/navigation";
import { contentLangFor } from "../../../i18n/routing";
import { parseKindFilters } from "../../../lib/params";
import { orNotFound } from "../../../server/bad-input";
import { listReader } from "../../../server/cached";
import { readListRequest } from "../../../server/list-request";
import { messagesMetadata } from "../../../server/localised-metadata";

const PAGE_SIZE = 50;
const KINDS = actorKindOutput.options;

export const generateMetadata = messagesMetadata((t) => ({
  href: "/actors",
  title: t("actors.title"),
  description: t("actors.metaDescription"),
}));

export default async function ActorsPage(props: PageProps<"/[locale]/actors">) {
  const { locale, filters, position } = await readListRequest(props, (query) =>
    parseKindFilters(query, KINDS),
  );
  const [t, page] = await Promise.all([
    getTranslations(),
    orNotFound(listReader("actor")({ ...filters, limit: PAGE_SIZE, cursor: position.cursor })),
  ]);
  const contentLang = contentLangFor(locale);

  return (
    <ListPage
      section="actors"
      locale={locale}
      params={filters}
      page={page}
      position={position}
      pageSize={PAGE_SIZE}
      filters={
        <KindFilter
          section="actors"
          options={KINDS.map((k) => ({ value: k, label: t(`actors.kinds.${k}`) }))}
          value={filters.kind}
        />
      }
    >
      <ul className="divide-y divide-slate-200 border-y border-slate-200">
        {page.items.map((actor) => (
          <li
            key={actor.id}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3"
          >
            <div className="min-w-0">
              <Link
                href={`/actors/${actor.slug}`}
                lang={contentLang}
                className="font-serif text-lg font-semibold"
              >
                {actor.name}
              </Link>
              {actor.nameWithheld ? (
                <span className="text-slate-600">, {t("actors.nameWithheld")}</span>
              ) : null}
              {actor.otherNames.length ? (
                <p className="text-sm text-slate-600">
                  {t("actors.otherNames")}:{" "}
                  <span lang={contentLang}>{actor.otherNames.join(", ")}</span>
                </p>
              ) : null}
            </div>
            <p className="flex items-center gap-3 text-sm text-slate-600">
              <Badge>{t(`actors.kinds.${actor.kind}`)}</Badge>
              {t("actors.eventCount", { count: actor.eventCount })}
            </p>
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
