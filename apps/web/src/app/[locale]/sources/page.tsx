import { Badge, formatEventDate } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { kindListPage, type KindListItemProps } from "../../../components/kind-list-page";
import { getLabels } from "../../../i18n/labels";
import { Link } from "../../../i18n/navigation";
import { sectionMetadata } from "../../../server/localised-metadata";

export const generateMetadata = sectionMetadata("sources");

export default kindListPage("source", SourceItem);

async function SourceItem({ record: source, lang }: KindListItemProps<"source">) {
  const [t, labels] = await Promise.all([getTranslations(), getLabels()]);
  return (
    <li className="py-4">
      <p lang={lang}>
        <Link href={`/sources/${source.slug}`} className="font-serif text-lg font-semibold">
          {source.title}
        </Link>
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <span lang={lang}>{source.publisher}</span>
        <Badge>{t(`sources.kinds.${source.kind}`)}</Badge>
        {source.publishedDate ? (
          <time dateTime={source.publishedDate}>
            {formatEventDate(source.publishedDate, null, "day", labels.dates)}
          </time>
        ) : null}
      </p>
    </li>
  );
}
