import { getLocale, getTranslations } from "next-intl/server";

import { getPathname } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { SiteFooterView } from "./site-footer-view";

export async function SiteFooter() {
  const [t, locale] = await Promise.all([getTranslations("footer"), getLocale()]);
  return (
    <SiteFooterView
      dataHref={getPathname({ locale: locale as Locale, href: "/data" })}
      words={{
        about: t("about"),
        dataAndApi: t("dataAndApi"),
        howToCiteTitle: t("howToCiteTitle"),
        howToCite: t("howToCite"),
        licenseTitle: t("licenseTitle"),
        license: t("license"),
      }}
    />
  );
}
