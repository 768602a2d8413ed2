import { getLocale, getTranslations } from "next-intl/server";

import { NotFoundContent } from "../components/not-found-content";
import { SiteDocument } from "../components/site-document";

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: `${t("notFound.title")} · ${t("meta.siteName")}` };
}

/**
 * Any URL that matches no route, in the language of its prefix (the proxy has put it on the
 * request). Rendered in full on the server, with the site's header and footer.
 */
export default async function NotFound() {
  return (
    <SiteDocument locale={await getLocale()}>
      <NotFoundContent />
    </SiteDocument>
  );
}
