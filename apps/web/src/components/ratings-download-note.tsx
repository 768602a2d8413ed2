import { getTranslations } from "next-intl/server";

import { richLink } from "./rich-link";

/** Below the ratings: where to download all of them. */
export async function RatingsDownloadNote() {
  const t = await getTranslations("ratings");
  return <p className="mt-8">{t.rich("downloadAll", { data: richLink("/data") })}</p>;
}
