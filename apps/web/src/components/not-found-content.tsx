import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";

import { getPathname } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { NotFoundView } from "./not-found-view";

/** The words once per request: the same object in both boundaries is sent once (see the view). */
const notFoundWords = cache(async () => {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()]);
  return {
    title: t("title"),
    body: t("body"),
    home: t("home"),
    homeHref: getPathname({ locale: locale as Locale, href: "/" }),
    search: t("search"),
    searchHref: getPathname({ locale: locale as Locale, href: "/search" }),
  };
});

export async function NotFoundContent() {
  return <NotFoundView words={await notFoundWords()} />;
}
