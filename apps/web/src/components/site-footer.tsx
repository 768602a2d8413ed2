import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";

import { getPathname } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { SiteFooterView } from "./site-footer-view";

/** The footer's words once per request: sent once though drawn twice (see site-header.tsx). */
const footerWords = cache(async () => {
  const t = await getTranslations("footer");
  return {
    about: t("about"),
    dataAndApi: t("dataAndApi"),
    howToCiteTitle: t("howToCiteTitle"),
    howToCite: t("howToCite"),
    licenseTitle: t("licenseTitle"),
    license: t("license"),
  };
});

export async function SiteFooter() {
  const [words, locale] = await Promise.all([footerWords(), getLocale()]);
  return (
    <SiteFooterView
      dataHref={getPathname({ locale: locale as Locale, href: "/data" })}
      words={words}
    />
  );
}
