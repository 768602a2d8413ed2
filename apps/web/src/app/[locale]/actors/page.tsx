import { Badge } from "@kz/ui";
import { getTranslations } from "next-intl/server";

import { kindListPage, type KindListItemProps } from "../../../components/kind-list-page";
import { Link } from "../../../i18n/navigation";
import { sectionMetadata } from "../../../server/localised-metadata";

export const generateMetadata = sectionMetadata("actors");

export default kindListPage("actor", ActorItem);

async function ActorItem({ record: actor, lang }: KindListItemProps<"actor">) {
  const t = await getTranslations();
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
      <div className="min-w-0">
        <Link
          href={`/actors/${actor.slug}`}
          lang={lang}
          className="font-serif text-lg font-semibold"
        >
          {actor.name}
        </Link>
        {actor.nameWithheld ? (
          <span className="text-slate-600">, {t("actors.nameWithheld")}</span>
        ) : null}
        {actor.otherNames.length ? (
          <p className="text-sm text-slate-600">
            {t("actors.otherNames")}: <span lang={lang}>{actor.otherNames.join(", ")}</span>
          </p>
        ) : null}
      </div>
      <p className="flex items-center gap-3 text-sm text-slate-600">
        <Badge>{t(`actors.kinds.${actor.kind}`)}</Badge>
        {t("actors.eventCount", { count: actor.eventCount })}
      </p>
    </li>
  );
}
