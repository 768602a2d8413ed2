import { getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";

/** The link from a record's page to its public history (`/history/<collection>/<slug>`). */
export async function HistoryLink({ path }: { path: string }) {
  const t = await getTranslations("history");
  return (
    <p className="mt-6 text-sm">
      <Link href={`/history${path}`} className="underline">
        {t("link")}
      </Link>
    </p>
  );
}
